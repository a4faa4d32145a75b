import { sql } from "drizzle-orm";
import { bigint, boolean, check, pgPolicy, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { authenticatedRole, authUid, authUsers } from "drizzle-orm/supabase";
import { teams } from "./teams";

export const todos = pgTable(
  "todos",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    userId: uuid("user_id")
      .notNull()
      .references(() => authUsers.id, { onDelete: "cascade" }),
    task: text("task"),
    isComplete: boolean("is_complete").default(false),
    teamId: uuid("team_id").references(() => teams.id, { onDelete: "set null" }),
    insertedAt: timestamp("inserted_at", { withTimezone: true }).default(sql`timezone('utc'::text, now())`).notNull(),
  },
  (t) => [
    check("todos_task_length", sql`char_length(${t.task}) between 3 and 500`),
    pgPolicy("Individuals can create todos.", {
      for: "insert",
      to: authenticatedRole,
      withCheck: sql`${authUid} = ${t.userId}`,
    }),
    pgPolicy("Individuals can view their own todos.", {
      for: "select",
      to: authenticatedRole,
      using: sql`${authUid} = ${t.userId} or ${t.teamId} in (select team_id from team_members where user_id = ${authUid})`,
    }),
    pgPolicy("Individuals can update their own todos.", {
      for: "update",
      to: authenticatedRole,
      using: sql`${authUid} = ${t.userId}`,
    }),
    pgPolicy("Individuals can delete their own todos.", {
      for: "delete",
      to: authenticatedRole,
      using: sql`${authUid} = ${t.userId}`,
    }),
  ],
);
