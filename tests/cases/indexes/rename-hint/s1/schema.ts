import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

export const posts = pgTable("posts", {
  id: integer(),
  title: text(),
}, (t) => [index("posts_title_idx").on(t.title)]);
