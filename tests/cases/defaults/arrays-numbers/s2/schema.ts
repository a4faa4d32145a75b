import { bigint, boolean, integer, numeric, pgTable, real } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: integer().array().default([1, 2, 3]),
  b: integer().array().default([]),
  c: bigint({ mode: "number" }).array().default([-1, 0, 1]),
  d: numeric({ precision: 5, scale: 2 }).array().default(["1.10", "2.20"]),
  e: boolean().array().default([true, false]),
  f: real().array().default([1.5, -2.25]),
});
