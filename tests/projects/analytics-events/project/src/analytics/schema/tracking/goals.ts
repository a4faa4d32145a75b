import { sql } from "drizzle-orm";
import { check, integer, pgEnum, pgTable, serial, text, uuid } from "drizzle-orm/pg-core";
import { sites } from "../core/sites";

export const GOAL_KINDS = ["pageview", "event", "revenue"] as const;
export const goalKind = pgEnum("goal_kind", GOAL_KINDS);

export const goals = pgTable(
  "goals",
  {
    id: serial("id").primaryKey(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    kind: goalKind("kind").notNull(),
    eventName: text("event_name"),
    pagePath: text("page_path"),
    displayOrder: integer("display_order").notNull().default(0),
  },
  (t) => [
    check(
      "goals_target",
      sql`(${t.kind} = 'pageview' and ${t.pagePath} is not null) or (${t.kind} <> 'pageview' and ${t.eventName} is not null)`,
    ),
  ],
);
