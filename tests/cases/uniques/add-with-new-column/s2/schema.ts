import { integer, pgTable, text, unique } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  id: integer(),
  code: text().notNull().unique(),
  other: text(),
}, (t) => [unique().on(t.id, t.other)]);
