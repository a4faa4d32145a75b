import { integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: integer().notNull(),
  b: text().notNull().default("x"),
  c: integer().notNull(),
}, (t) => [primaryKey({ columns: [t.a, t.b] })]);
