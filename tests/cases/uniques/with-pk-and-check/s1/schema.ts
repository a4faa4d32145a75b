import { sql } from "drizzle-orm";
import { check, integer, pgTable, primaryKey, text, unique } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: integer().notNull(),
  b: integer().notNull(),
  c: text().unique(),
  d: text(),
}, (t) => [
  check("t_a_positive", sql`${t.a} > 0`),
  unique("t_cd").on(t.c, t.d),
  primaryKey({ columns: [t.a, t.b] }),
]);
