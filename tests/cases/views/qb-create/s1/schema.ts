import { integer, pgTable, pgView, text } from "drizzle-orm/pg-core";

export const users = pgTable("users", { id: integer(), name: text(), email: text() });

export const allUsers = pgView("all_users").as((qb) => qb.select().from(users));
export const userNames = pgView("user_names").as((qb) => qb.select({ id: users.id, name: users.name }).from(users));
