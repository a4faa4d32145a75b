import { index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";

export const accounts = pgTable("accounts", {
  id: integer().primaryKey(),
  email: text().notNull(),
  handle: text(),
}, (t) => [
  index("accounts_email_idx").on(t.email),
  uniqueIndex("accounts_handle_uq").on(t.handle),
]);
