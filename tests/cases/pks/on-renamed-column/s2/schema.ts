import { integer, pgTable, primaryKey } from "drizzle-orm/pg-core";

export const pairs = pgTable("pairs", {
  first: integer().notNull(),
  b: integer().notNull(),
}, (t) => [primaryKey({ columns: [t.first, t.b] })]);
