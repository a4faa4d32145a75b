import { integer, pgTable } from "drizzle-orm/pg-core";

export const users = pgTable("users", { id: integer().primaryKey() });
export const messages = pgTable("messages", {
  id: integer().primaryKey(),
  senderId: integer("sender_id").notNull().references(() => users.id),
  recipientId: integer("recipient_id").notNull().references(() => users.id, { onDelete: "cascade" }),
});
