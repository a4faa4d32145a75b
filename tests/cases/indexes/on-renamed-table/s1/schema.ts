import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

export const posts = pgTable("posts", {
  id: integer(),
  title: text(),
}, (t) => [index().on(t.title), index("posts_id_idx").on(t.id)]);
