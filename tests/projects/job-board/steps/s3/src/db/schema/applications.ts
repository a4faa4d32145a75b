import { index, pgEnum, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { jobs } from "./jobs";

export const applicationStage = pgEnum("application_stage", ["applied", "screening", "interview", "offer", "hired", "rejected"]);

export const applications = pgTable(
  "applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    jobId: uuid("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    candidateEmail: varchar("candidate_email", { length: 255 }).notNull(),
    candidateName: text("candidate_name").notNull(),
    resumeUrl: text("resume_url"),
    stage: applicationStage("stage").notNull().default("applied"),
    appliedAt: timestamp("applied_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("applications_job_stage_idx").on(t.jobId, t.stage)],
);
