import { bigint, doublePrecision, integer, numeric, pgTable, real, smallint } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: integer().default(0),
  b: integer().default(-5),
  c: smallint().default(-32768),
  d: bigint({ mode: "number" }).default(9007199254740991),
  e: bigint({ mode: "bigint" }).default(9223372036854775807n),
  f: bigint({ mode: "string" }).default("-42"),
  g: numeric({ precision: 10, scale: 2 }).default("12.50"),
  h: numeric({ mode: "number" }).default(3.14),
  i: numeric({ mode: "bigint" }).default(123456789012345678901234567890n),
  j: real().default(1.5),
  k: doublePrecision().default(-0.001),
  l: doublePrecision().default(1e21),
});
