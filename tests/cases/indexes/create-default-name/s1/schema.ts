import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

export const users = pgTable("users", {
  id: integer().primaryKey(),
  email: text().notNull(),
}, (t) => [index().on(t.email)]);
