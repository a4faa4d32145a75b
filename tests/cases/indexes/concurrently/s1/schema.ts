import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

export const big = pgTable("big", {
  id: integer(),
  a: text(),
  b: text(),
}, (t) => [index("big_a_conc").on(t.a).concurrently()]);
