import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

export const posts = pgTable("posts", {
  id: integer(),
  title: text(),
  slug: text(),
}, (t) => [index("posts_lookup").on(t.title, t.slug)]);
