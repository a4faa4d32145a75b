import { bigint, numeric, pgTable, point, timestamp } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: numeric({ precision: 6, scale: 2 }),
  b: bigint({ mode: "number" }),
  c: timestamp({ mode: "string" }),
  d: point({ mode: "xy" }),
});
