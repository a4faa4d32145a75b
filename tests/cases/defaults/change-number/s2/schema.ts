import { bigint, integer, numeric, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: integer().default(-1),
  b: numeric().default("1.00"),
  c: bigint({ mode: "bigint" }).default(10000000000n),
});
