import { integer, pgTable, primaryKey, timestamp } from "drizzle-orm/pg-core";

export const memberships = pgTable("memberships", {
  userId: integer("user_id").notNull(),
  groupId: integer("group_id").notNull(),
  joinedAt: timestamp("joined_at").defaultNow().notNull(),
}, (t) => [primaryKey({ columns: [t.userId, t.groupId] })]);
