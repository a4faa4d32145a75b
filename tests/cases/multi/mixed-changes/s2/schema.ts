import { sql } from "drizzle-orm";
import { check, index, integer, pgPolicy, pgTable, text, unique } from "drizzle-orm/pg-core";

export const fresh = pgTable("fresh", { id: integer().primaryKey() });
export const users = pgTable("users", { id: integer().primaryKey(), name: text().notNull(), email: text() }, (t) => [
  index("users_email_idx").on(t.email),
  check("users_name_len", sql`length(${t.name}) > 2`),
  unique().on(t.name, t.email),
]);
export const posts = pgTable("posts", { id: integer().primaryKey(), authorId: integer("author_id").references(() => users.id, { onDelete: "cascade" }), freshId: integer("fresh_id").references(() => fresh.id) }, () => [
  pgPolicy("posts_read", { for: "select", using: sql`false` }),
]);
