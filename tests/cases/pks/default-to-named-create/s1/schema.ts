import { integer, pgTable, primaryKey } from "drizzle-orm/pg-core";

export const pairs = pgTable("pairs", {
  a: integer().notNull(),
  b: integer().notNull(),
}, (t) => [primaryKey({ columns: [t.a, t.b] })]);
