import { sql } from "drizzle-orm";
import { index, inet, primaryKey, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { forms, questions } from "./forms";

export const responses = pgTable(
  "responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    formId: uuid("form_id").notNull().references(() => forms.id, { onDelete: "cascade" }),
    respondentEmail: text("respondent_email"),
    userAgent: text("user_agent"),
    ip: inet("ip"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    meta: jsonb("meta").$type<Record<string, string>>().notNull().default({}),
    durationMs: integer("duration_ms").generatedAlwaysAs(
      sql`(extract(epoch from (submitted_at - started_at)) * 1000)::integer`,
    ),
  },
  (t) => [index("responses_form_submitted_idx").on(t.formId, t.submittedAt.desc())],
);

export const answers = pgTable(
  "answers",
  {
    responseId: uuid("response_id").notNull().references(() => responses.id, { onDelete: "cascade" }),
    questionId: uuid("question_id").notNull().references(() => questions.id, { onDelete: "cascade" }),
    value: jsonb("value").notNull(),
  },
  (t) => [
    primaryKey({ name: "answers_pk", columns: [t.responseId, t.questionId] }),
    index("answers_question_idx").on(t.questionId),
    index("answers_value_gin").using("gin", t.value.op("jsonb_path_ops")),
  ],
);
