import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgSchema, snakeCase, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { dataManager, investigator, monitor, sponsorAdmin } from "./roles";

export const research = pgSchema("research");

export const armKind = research.enum("arm_kind", ["placebo", "active", "comparator", "open_label"]);
export const subjectSeq = research.sequence("subject_seq", { startWith: 1, increment: 2, cache: 10, cycle: true, maxValue: 99999 });

export const studies = research.table.withRLS("studies", {
  id: uuid("id").primaryKey().defaultRandom(),
  protocolCode: text("protocol_code").notNull().unique(),
  title: text("title").notNull(),
  phase: integer("phase").notNull(),
  sponsor: text("sponsor").notNull(),
}, (t) => [
  pgPolicy("studies_read", { for: "select", to: [investigator, monitor, dataManager], using: sql`true` }),
  pgPolicy("studies_admin", { as: "permissive", for: "all", to: sponsorAdmin, using: sql`true`, withCheck: sql`true` }),
]);

export const arms = snakeCase.table("arms", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  studyId: uuid().notNull().references(() => studies.id, { onDelete: "cascade" }),
  armKind: armKind().notNull(),
  targetEnrollment: integer().default(120),
  randomizationRatio: integer().notNull().default(1),
});

export const subjects = research.table("subjects", {
  id: integer("id").primaryKey().default(sql`nextval('research.subject_seq')`),
  studyId: uuid("study_id").notNull().references(() => studies.id),
  armId: integer("arm_id").references(() => arms.id),
  siteCode: text("site_code").notNull(),
  enrolledBy: text("enrolled_by").notNull().default(sql`current_user`),
  enrolledAt: timestamp("enrolled_at", { withTimezone: true }).notNull().defaultNow(),
  withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
});

export const activeSubjects = research.view("active_subjects").as((qb) =>
  qb.select({ id: subjects.id, studyId: subjects.studyId, siteCode: subjects.siteCode }).from(subjects).where(sql`${subjects.withdrawnAt} is null and ${subjects.armId} is not null`),
);
