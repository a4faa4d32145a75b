import { sql } from "drizzle-orm";
import { check, index, integer, pgPolicy, pgTable, text } from "drizzle-orm/pg-core";

export const old = pgTable("old", { id: integer() });
export const users = pgTable("users", { id: integer().primaryKey(), name: text(), legacy: text() }, (t) => [
  index("users_name_idx").on(t.name),
  check("users_name_len", sql`length(${t.name}) > 1`),
]);
export const posts = pgTable("posts", { id: integer().primaryKey(), authorId: integer("author_id").references(() => users.id) }, () => [
  pgPolicy("posts_read", { for: "select", using: sql`true` }),
]);
