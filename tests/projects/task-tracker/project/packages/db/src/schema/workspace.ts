import { createId } from "@paralleldrive/cuid2";
import { pgTable, text, timestamp, varchar } from "drizzle-orm/pg-core";

export const cuid = (name: string) => varchar(name, { length: 24 }).$defaultFn(() => createId());

export const createdAt = timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const workspaces = pgTable("workspaces", {
  id: cuid("id").primaryKey(),
  name: text("name").notNull(),
  key: varchar("key", { length: 6 }).notNull().unique(),
  createdAt,
});

export const members = pgTable("members", {
  id: cuid("id").primaryKey(),
  workspaceId: varchar("workspace_id", { length: 24 })
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  email: varchar("email", { length: 255 }).notNull(),
  name: text("name").notNull(),
  createdAt,
});
