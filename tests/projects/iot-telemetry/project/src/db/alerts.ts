import { sql } from "drizzle-orm";
import { check, doublePrecision, integer, pgEnum, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { devices } from "./fleet";

export const comparator = pgEnum("comparator", ["gt", "gte", "lt", "lte", "eq"]);
export const severity = pgEnum("severity", ["info", "warning", "critical"]);

export const alertRules = pgTable(
  "alert_rules",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    metric: varchar("metric", { length: 32 }).notNull(),
    comparator: comparator("comparator").notNull(),
    threshold: doublePrecision("threshold").notNull(),
    forSeconds: integer("for_seconds").notNull().default(0),
    severity: severity("severity").notNull().default("warning"),
  },
  (t) => [check("alert_rules_for_seconds", sql`${t.forSeconds} >= 0`)],
);

export const alerts = pgTable("alerts", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  ruleId: integer("rule_id")
    .notNull()
    .references(() => alertRules.id),
  deviceId: uuid("device_id")
    .notNull()
    .references(() => devices.id, { onDelete: "cascade" }),
  openedAt: timestamp("opened_at", { withTimezone: true }).notNull().defaultNow(),
  resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  note: text("note"),
});
