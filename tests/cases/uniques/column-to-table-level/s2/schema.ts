import { integer, pgTable, text, unique } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  id: integer(),
  code: text(),
}, (t) => [unique("t_code_uq").on(t.code)]);
