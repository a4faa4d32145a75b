import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

export const articles = pgTable("articles", {
  id: integer(),
  title: text(),
}, (t) => [index().on(t.title), index("posts_id_idx").on(t.id)]);
