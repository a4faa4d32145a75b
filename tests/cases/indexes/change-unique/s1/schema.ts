import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

export const tags = pgTable("tags", {
  id: integer(),
  name: text(),
}, (t) => [index("tags_name").on(t.name)]);
