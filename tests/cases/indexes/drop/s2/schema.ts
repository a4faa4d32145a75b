import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const posts = pgTable("posts", {
  id: integer().primaryKey(),
  authorId: integer("author_id"),
  title: text(),
});
