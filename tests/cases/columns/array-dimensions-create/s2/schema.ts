import { boolean, integer, pgTable, text, varchar } from "drizzle-orm/pg-core";

export const t = pgTable("users", {
  a: integer().array(),
  b: text().array("[][]"),
  c: boolean().array("[][][]"),
  d: varchar({ length: 3 }).array().notNull(),
});
