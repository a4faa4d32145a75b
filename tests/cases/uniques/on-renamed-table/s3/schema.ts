import { integer, pgTable, text, unique } from "drizzle-orm/pg-core";

export const entries = pgTable("entries", {
  id: integer(),
  slug: text().unique(),
  a: integer(),
  b: integer(),
}, (t) => [unique().on(t.a, t.b)]);
