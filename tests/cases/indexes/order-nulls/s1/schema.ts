import { index, integer, pgTable, timestamp } from "drizzle-orm/pg-core";

export const scores = pgTable("scores", {
  a: integer(),
  b: integer(),
  c: integer(),
  d: integer(),
  e: timestamp(),
}, (t) => [
  index("s_a_asc").on(t.a.asc()),
  index("s_b_desc").on(t.b.desc()),
  index("s_c_asc_nf").on(t.c.asc().nullsFirst()),
  index("s_d_desc_nl").on(t.d.desc().nullsLast()),
  index("s_e_nf").on(t.e.nullsFirst()),
  index("s_e_desc_nf").on(t.e.desc().nullsFirst()),
  index("s_mixed").on(t.a.desc(), t.b.asc().nullsLast(), t.c.nullsFirst()),
]);
