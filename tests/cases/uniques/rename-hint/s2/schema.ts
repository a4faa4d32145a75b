import { integer, pgTable, text, unique } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: integer(),
  b: text(),
}, (t) => [unique("t_a_b_unique").on(t.a, t.b)]);
