import { integer, jsonb, pgTable, smallint, text, timestamp } from "drizzle-orm/pg-core";
import { lessons } from "../courses/courses.schema";
import { id } from "../db/columns";
import { users } from "../users/users.schema";

export type QuizQuestion = { prompt: string; choices: string[]; answer: number };

export const quizzes = pgTable("quizzes", {
  id: id(),
  lessonId: text("lesson_id")
    .notNull()
    .unique()
    .references(() => lessons.id, { onDelete: "cascade" }),
  questions: jsonb("questions").$type<QuizQuestion[]>().notNull(),
  passScore: smallint("pass_score").notNull().default(70),
});

export const quizAttempts = pgTable("quiz_attempts", {
  id: id(),
  quizId: text("quiz_id")
    .notNull()
    .references(() => quizzes.id, { onDelete: "cascade" }),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  score: integer("score").notNull(),
  answers: jsonb("answers").$type<number[]>().notNull(),
  submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
});
