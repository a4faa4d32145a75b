import { sql } from "drizzle-orm";
import { check, index, pgTable, primaryKey, smallint, text, timestamp } from "drizzle-orm/pg-core";
import { courses, lessons } from "../courses/courses.schema";
import { id } from "../db/columns";
import { users } from "../users/users.schema";

export const enrollments = pgTable(
  "enrollments",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    courseId: text("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    enrolledAt: timestamp("enrolled_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    progressPct: smallint("progress_pct").notNull().default(0),
  },
  (t) => [
    index("enrollments_user_idx").on(t.userId),
    check("enrollments_progress", sql`${t.progressPct} between 0 and 100`),
  ],
);

export const lessonProgress = pgTable(
  "lesson_progress",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lessonId: text("lesson_id")
      .notNull()
      .references(() => lessons.id, { onDelete: "cascade" }),
    completedAt: timestamp("completed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.lessonId] })],
);
