import { index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";

export const keep = pgTable("keep", { id: integer() });

export const gone = pgTable("gone", {
  id: integer(),
  name: text(),
}, (t) => [index("gone_name").on(t.name), uniqueIndex().on(t.id)]);
