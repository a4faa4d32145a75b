import { pgTable, primaryKey, varchar } from "drizzle-orm/pg-core";
import { tasks } from "./tasks";
import { cuid, workspaces } from "./workspace";

export const labels = pgTable("labels", {
  id: cuid("id").primaryKey(),
  workspaceId: varchar("workspace_id", { length: 24 })
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  name: varchar("name", { length: 50 }).notNull(),
  color: varchar("color", { length: 7 }).notNull().default("#6b7280"),
});

export const taskLabels = pgTable(
  "task_labels",
  {
    taskId: varchar("task_id", { length: 24 })
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    labelId: varchar("label_id", { length: 24 })
      .notNull()
      .references(() => labels.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.labelId] })],
);
