import { integer, pgTable } from "drizzle-orm/pg-core";

export const users = pgTable("users", { id: integer().primaryKey() });

export const longOne = pgTable("customer_subscription_payment_history_entries_x", {
  id: integer().primaryKey(),
  userId: integer("user_id").references(() => users.id),
});
