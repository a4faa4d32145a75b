import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("t", { a: integer(), b: text(), c: text() }, (t) => [
  index("t_a_w").on(t.a).with({ fillfactor: "70" }),
  index("t_b_w").using("gin", t.b).with({ gin_pending_list_limit: 128, fastupdate: "off" }),
  index("t_c_w").on(t.c).with({}),
]);
