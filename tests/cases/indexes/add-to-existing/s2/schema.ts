import { index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";

export const posts = pgTable("posts", {
  id: integer().primaryKey(),
  authorId: integer("author_id"),
  title: text(),
}, (t) => [
  index().on(t.authorId),
  uniqueIndex("posts_title_uq").on(t.title),
]);
