import { type SQL, sql } from "drizzle-orm";
import {
  boolean,
  char,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import type { FormSettings, QuestionSchema } from "./types";
import { int4range, tsvector } from "./types";

export const formStatus = pgEnum("form_status", ["draft", "published", "closed", "archived"]);

export const workspaces = pgTable("workspaces", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  locale: char("locale", { length: 5 }).notNull().default("en_US"),
});

export const forms = pgTable(
  "forms",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    shortCode: varchar("short_code", { length: 10 }).notNull(),
    title: text("title").notNull(),
    description: text("description"),
    status: formStatus("status").notNull().default("draft"),
    settings: jsonb("settings").$type<FormSettings>().notNull().default({ theme: "light", showProgress: true }),
    responseLimit: integer("response_limit"),
    acceptResponses: boolean("accept_responses").notNull().default(true),
    closesAt: timestamp("closes_at", { withTimezone: true, mode: "string" }),
    search: tsvector("search").generatedAlwaysAs(
      (): SQL => sql`to_tsvector('simple', coalesce(${forms.title}, '') || ' ' || coalesce(${forms.description}, ''))`,
    ),
  },
  (t) => [
    uniqueIndex("forms_short_code_uidx").on(t.shortCode),
    index("forms_search_idx").using("gin", t.search),
    index("forms_workspace_status_idx").on(t.workspaceId, t.status),
  ],
);

export const questions = pgTable(
  "questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    formId: uuid("form_id").notNull().references(() => forms.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    schema: jsonb("schema").$type<QuestionSchema>().notNull(),
    ratingScale: int4range("rating_scale"),
    conditional: jsonb("conditional").default(sql`'null'::jsonb`),
  },
  (t) => [
    uniqueIndex("questions_form_position_uidx").on(t.formId, t.position),
    index("questions_schema_type_idx").on(sql`(${t.schema} ->> 'type')`),
  ],
);
