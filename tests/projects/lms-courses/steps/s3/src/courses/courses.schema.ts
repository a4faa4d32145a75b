import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,

  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  varchar,
} from "drizzle-orm/pg-core";
import { id, timestamps } from "../db/columns";
import { users } from "../users/users.schema";

export const courseLevel = pgEnum("course_level", ["beginner", "intermediate", "advanced"]);
export const lessonKind = pgEnum("lesson_kind", ["video", "article", "quiz"]);

export const courses = pgTable(
  "courses",
  {
    id: id(),
    instructorId: text("instructor_id")
      .notNull()
      .references(() => users.id),
    slug: varchar("slug", { length: 120 }).notNull(),
    title: text("title").notNull(),
    summary: text("summary"),
    level: courseLevel("level").notNull().default("beginner"),
    priceCents: integer("price_cents").notNull().default(0),
    published: boolean("published").notNull().default(false),
    ...timestamps,
  },
  (t) => [uniqueIndex("courses_slug_uidx").on(t.slug), index("courses_instructor_idx").on(t.instructorId)],
);

export const modules = pgTable(
  "modules",
  {
    id: id(),
    courseId: text("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [uniqueIndex("modules_course_position_uidx").on(t.courseId, t.position)],
);

export const lessons = pgTable(
  "lessons",
  {
    id: id(),
    moduleId: text("module_id")
      .notNull()
      .references(() => modules.id, { onDelete: "cascade" }),
    kind: lessonKind("kind").notNull(),
    title: text("title").notNull(),
    videoUrl: text("video_url"),
    body: text("body"),
    durationSeconds: integer("duration_seconds"),
    position: integer("position").notNull(),
    freePreview: boolean("free_preview").notNull().default(false),
  },
  (t) => [check("lessons_video_has_url", sql`${t.kind} <> 'video' or ${t.videoUrl} is not null`)],
);
