import { integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";

export const tags = pgTable("tags", {
  id: integer(),
  name: text(),
}, (t) => [uniqueIndex("tags_name").on(t.name)]);
