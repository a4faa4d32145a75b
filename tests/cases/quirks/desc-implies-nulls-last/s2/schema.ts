import { index, integer, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", { a: integer(), b: integer() }, (t) => [
  index("t_a_desc").on(t.a.desc().nullsLast()),
  index("t_b_desc_nf").on(t.b.desc()),
  index().on(t.a.desc(), t.b),
]);
