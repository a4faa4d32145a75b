import { integer, pgTable, text, unique } from "drizzle-orm/pg-core";

export const codes = pgTable("codes", {
  id: integer(),
  code: text(),
  label: text(),
}, (t) => [unique().on(t.code), unique("codes_label_uq").on(t.label)]);
