import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const users = pgTable("users", {
  id: integer().primaryKey(),
  name: text(),
});

export const posts = pgTable("posts", {
  id: integer().primaryKey(),
  authorId: integer("author_id").references(() => users.id),
});
