import { integer, pgTable, text, unique } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: integer(),
  b: text(),
  c: text(),
}, (t) => [unique("t_uq").on(t.a, t.b)]);
