import { sql } from "drizzle-orm";
import {
  char,
  date,
  index,
  integer,
  numeric,
  pgMaterializedView,
  pgTable,
  smallint,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { companies, contacts } from "./accounts";
import { auditColumns, pk } from "./common";

export const pipelines = pgTable("pipelines", {
  id: pk(),
  name: text("name").notNull(),
  ...auditColumns,
});

export const stages = pgTable(
  "stages",
  {
    id: pk(),
    pipelineId: uuid("pipeline_id")
      .notNull()
      .references(() => pipelines.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    position: smallint("position").notNull(),
    winProbability: smallint("win_probability").notNull().default(0),
  },
  (t) => [unique("stages_pipeline_position_key").on(t.pipelineId, t.position)],
);

export const deals = pgTable(
  "deals",
  {
    id: pk(),
    title: text("title").notNull(),
    companyId: uuid("company_id").references(() => companies.id, { onDelete: "set null" }),
    primaryContactId: uuid("primary_contact_id").references(() => contacts.id, { onDelete: "set null" }),
    stageId: uuid("stage_id")
      .notNull()
      .references(() => stages.id),
    amount: numeric("amount", { precision: 14, scale: 2 }),
    currency: char("currency", { length: 3 }).notNull().default("USD"),
    expectedClose: date("expected_close"),
    ownerId: uuid("owner_id"),
    ...auditColumns,
  },
  (t) => [index("deals_stage_idx").on(t.stageId), index("deals_owner_idx").on(t.ownerId)],
);

export const pipelineSummary = pgMaterializedView("pipeline_summary", {
  stageId: uuid("stage_id"),
  deals: integer("deals"),
  total: numeric("total"),
}).as(
  sql`select stage_id, count(*)::int as deals, coalesce(sum(amount), 0) as total from deals where archived_at is null group by stage_id`,
);
