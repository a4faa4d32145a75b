import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

export const posts = pgTable("posts", {
  id: integer(),
  title: text(),
}, (t) => [index("posts_by_title").on(t.title)]);
