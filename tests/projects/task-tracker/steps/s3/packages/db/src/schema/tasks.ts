import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  pgView,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  unique,
  varchar,
} from "drizzle-orm/pg-core";
import { cycles } from "./cycles";
import { createdAt, cuid, members, workspaces } from "./workspace";

export const TASK_STATUS = ["backlog", "todo", "in_progress", "done", "cancelled"] as const;
export const taskStatus = pgEnum("task_status", TASK_STATUS);

export const tasks = pgTable(
  "tasks",
  {
    id: cuid("id").primaryKey(),
    workspaceId: varchar("workspace_id", { length: 24 })
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    title: varchar("title", { length: 300 }).notNull(),
    description: text("description"),
    status: taskStatus("status").notNull().default("backlog"),
    priority: smallint("priority").notNull().default(0),
    estimate: real("estimate"),
    assigneeId: varchar("assignee_id", { length: 24 }).references(() => members.id, { onDelete: "set null" }),
    dueOn: date("due_on"),
    cycleId: varchar("cycle_id", { length: 24 }).references(() => cycles.id, { onDelete: "set null" }),
    sortOrder: real("sort_order").notNull().default(0),
    createdAt,
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [
    unique("tasks_workspace_number_key").on(t.workspaceId, t.number),
    index("tasks_workspace_status_idx").on(t.workspaceId, t.status, t.sortOrder),
    index("tasks_assignee_idx").on(t.assigneeId).where(sql`${t.status} not in ('done', 'cancelled')`),
    check("tasks_priority_range", sql`${t.priority} between 0 and 4`),
  ],
);

export const taskDependencies = pgTable(
  "task_dependencies",
  {
    taskId: varchar("task_id", { length: 24 })
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    blockedById: varchar("blocked_by_id", { length: 24 })
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.taskId, t.blockedById] }),
    check("task_dependencies_no_self", sql`${t.taskId} <> ${t.blockedById}`),
  ],
);

/** Maintained by the reporting team; drizzle only reads it. */
export const taskStats = pgView("task_stats", {
  workspaceId: varchar("workspace_id", { length: 24 }),
  open: integer("open"),
  done: integer("done"),
}).existing();
