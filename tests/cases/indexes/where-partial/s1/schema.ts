import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";

export const tasks = pgTable("tasks", {
  id: integer(),
  owner: integer(),
  status: text(),
  done: boolean(),
}, (t) => [
  index("tasks_open").on(t.owner).where(sql`${t.done} = false`),
  uniqueIndex("tasks_active_status").on(t.owner, t.status).where(sql`${t.status} <> 'archived' and ${t.done} is not true`),
]);
