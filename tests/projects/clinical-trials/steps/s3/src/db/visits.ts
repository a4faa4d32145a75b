import { sql } from "drizzle-orm";
import {
  camelCase,
  boolean,
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
    pgPolicy("visits_all_admin", { for: "all", to: ["sponsor_admin"] }),
    pgPolicy("visits_insert_own", { for: "insert", to: investigator, withCheck: sql`${t.performedBy} = current_user` }),
        pgPolicy("visits_monitor_read", { as: "permissive", for: "select", to: [monitor, "auditor"], using: sql`${t.performedAt} is not null` }),
    pgPolicy("visits_no_delete", { as: "restrictive", for: "delete", to: ["current_user", "session_user"], using: sql`false` }),
  ],
);

export const adverseEvents = camelCase.table("adverse_events", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  visit_id: integer().notNull().references(() => visits.id),
  severity_grade: integer().notNull(),
  serious: boolean().notNull().default(false),
  description: text(),
  reported_at: timestamp({ withTimezone: true }).defaultNow(),
});

export const myVisits = pgView("my_visits", {
  id: integer("id"),
  subjectId: integer("subject_id"),
  visitNo: integer("visit_no"),
})
  .with({ checkOption: "cascaded", securityBarrier: false })
  .as(sql`select id, subject_id, visit_no from visits where performed_by = current_user and performed_at is not null`);

export const legacyVisitReport = pgView("legacy_visit_report", {
  subjectId: integer("subject_id"),
  lastVisit: timestamp("last_visit"),
}).existing();

export const aeSummary = pgMaterializedView("ae_summary")
  .with({ fillfactor: 80, autovacuum_enabled: false, parallel_workers: 2 })
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
