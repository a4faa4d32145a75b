import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";

export const t = pgTable("t", { id: integer(), a: text(), b: text() }, (t) => [
  uniqueIndex("t_a_conc").on(t.a).concurrently(),
  index("t_b_conc").on(sql`lower(${t.b})`).concurrently().where(sql`${t.b} is not null`).with({ fillfactor: 80 }),
]);
