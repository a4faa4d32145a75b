import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { assessmentKindEnum, attendanceEnum, termEnum } from "./enums";

export * from "./enums";

const col = {
  id: () => uuid("id").primaryKey().defaultRandom(),
  ref: <T extends { id: any }>(name: string, target: () => T["id"]) => uuid(name).notNull().references(target, { onDelete: "cascade" }),
} as const;

export const students = pgTable("students", {
  id: col.id(),
  givenName: text("given_name").notNull(),
  familyName: text("family_name").notNull(),
  yearGroup: smallint("year_group").notNull().default(7),
  studentNumber: varchar("student_number", { length: 8 }).notNull(),
  enrolledOn: date("enrolled_on").notNull().defaultNow(),
});

export const classes = pgTable(
  "classes",
  {
    id: col.id(),
    code: varchar({ length: 12 }).notNull(),
    subject: text().notNull(),
    term: termEnum().notNull().default("autumn"),
    activeTerms: termEnum("active_terms").array().notNull().default(["autumn", "spring"]),
    room: integer(),
  },
  (t) => [uniqueIndex("classes_code_term_idx").on(t.code, t.term)],
);

export const enrollments = pgTable(
  "enrollments",
  {
    classId: col.ref("class_id", () => classes.id),
    studentId: col.ref("student_id", () => students.id),
    seat: smallint(),
  },
  (t) => [primaryKey({ columns: [t.classId, t.studentId] })],
);

export const assessments = pgTable(
  "assessments",
  {
    id: col.id(),
    classId: col.ref("class_id", () => classes.id),
    kind: assessmentKindEnum().notNull().default("homework"),
    title: text().notNull(),
    maxScore: numeric("max_score", { precision: 6, scale: 2 }).notNull().default("100"),
    weight: real().default(1),
    dueOn: date("due_on"),
  },
  (t) => [index("assessments_class_kind_idx").on(t.classId, t.kind)],
);

export const grades = pgTable(
  "grades",
  {
    assessmentId: col.ref("assessment_id", () => assessments.id),
    studentId: col.ref("student_id", () => students.id),
    score: numeric({ precision: 5, scale: 2 }),
    comment: text(),
    gradedOn: timestamp("graded_on", { withTimezone: true }).defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.assessmentId, t.studentId] }),
    check("grades_score_not_negative", sql`${t.score} >= 0`),
  ],
);

export const attendance = pgTable(
  "attendance",
  {
    classId: col.ref("class_id", () => classes.id),
    studentId: col.ref("student_id", () => students.id),
    day: date().notNull(),
    mark: attendanceEnum().notNull().default("present"),
    minutesLate: integer("minutes_late"),
  },
  (t) => [primaryKey({ columns: [t.classId, t.studentId, t.day] })],
);
