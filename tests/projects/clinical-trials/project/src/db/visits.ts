import { sql } from "drizzle-orm";
import {
  camelCase,
  integer,
  numeric,
  pgMaterializedView,
  pgPolicy,
  pgTable,
  pgView,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { investigator, monitor } from "./roles";
import { subjects } from "./research";

export const visits = pgTable.withRLS(
  "visits",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    subjectId: integer("subject_id").notNull().references(() => subjects.id, { onDelete: "cascade" }),
    visitNo: integer("visit_no").notNull(),
    performedAt: timestamp("performed_at", { withTimezone: true }),
    performedBy: text("performed_by").default(sql`current_user`),
  },
  (t) => [
    pgPolicy("visits_insert_own", { for: "insert", to: investigator, withCheck: sql`${t.performedBy} = current_user` }),
    pgPolicy("visits_update_own", { for: "update", to: investigator, using: sql`${t.performedBy} = current_user`, withCheck: sql`${t.performedBy} = current_user` }),
    pgPolicy("visits_monitor_read", { as: "restrictive", for: "select", to: [monitor, "auditor"], using: sql`true` }),
    pgPolicy("visits_no_delete", { as: "restrictive", for: "delete", to: "public", using: sql`false` }),
  ],
);

export const adverseEvents = camelCase.table("adverse_events", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  visit_id: integer().notNull().references(() => visits.id),
  severity_grade: integer().notNull(),
  description: text(),
  reported_at: timestamp({ withTimezone: true }).defaultNow(),
});

export const myVisits = pgView("my_visits", {
  id: integer("id"),
  subjectId: integer("subject_id"),
  visitNo: integer("visit_no"),
})
  .with({ checkOption: "local", securityBarrier: true, securityInvoker: true })
  .as(sql`select id, subject_id, visit_no from visits where performed_by = current_user`);

export const legacyVisitReport = pgView("legacy_visit_report", {
  subjectId: integer("subject_id"),
  lastVisit: timestamp("last_visit"),
}).existing();

export const aeSummary = pgMaterializedView("ae_summary")
  .using("heap")
  .with({ fillfactor: 90, autovacuum_enabled: false })
  .tablespace("pg_default")
  .withNoData()
  .as((qb) =>
    qb
      .select({ visitId: adverseEvents.visit_id, maxGrade: sql<number>`max(${adverseEvents.severity_grade})`.as("max_grade") })
      .from(adverseEvents)
      .groupBy(adverseEvents.visit_id),
  );

export const dosing = pgTable("dosing", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  visitId: integer("visit_id").references(() => visits.id),
  doseMg: numeric("dose_mg", { precision: 8, scale: 3 }).notNull(),
});
