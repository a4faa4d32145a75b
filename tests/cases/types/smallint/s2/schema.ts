import { pgTable, smallint } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: smallint(),
  b: smallint().notNull().default(3),
  c: smallint().array(),
});
