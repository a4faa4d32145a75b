import { bigint, decimal, pgTable, point, timestamp } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: decimal({ precision: 6, scale: 2 }),
  b: bigint({ mode: "bigint" }),
  c: timestamp({ mode: "date" }),
  d: point({ mode: "tuple" }),
});
