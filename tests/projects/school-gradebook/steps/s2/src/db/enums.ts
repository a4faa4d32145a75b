import { pgEnum } from "drizzle-orm/pg-core";

export const Term = {
  AUTUMN: "autumn",
  SPRING: "spring",
  SUMMER: "summer",
} as const satisfies Record<string, string>;

export const AssessmentKind = {
  Homework: "homework",
  Quiz: "quiz",
  Test: "test",
  Project: "project",
  Exam: "exam",
} as const;

type Values<T> = T[keyof T];

function enumFrom<const T extends Record<string, string>>(name: string, obj: T) {
  return pgEnum(name, Object.values(obj) as [Values<T>, ...Values<T>[]]);
}

export const termEnum = enumFrom("term", Term);
export const assessmentKindEnum = enumFrom("assessment_kind", AssessmentKind);
export const attendanceEnum = pgEnum("attendance_status", ["present", "remote", "absent", "late", "excused"]);
