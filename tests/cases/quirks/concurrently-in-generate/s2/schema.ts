import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("t", { id: integer(), a: text(), b: text() }, (t) => [
  index("t_b_conc").on(t.b).concurrently(),
]);
