import { integer, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: integer(),
  b: integer().notNull(),
  c: integer().array(),
  d: integer("named_int"),
});
