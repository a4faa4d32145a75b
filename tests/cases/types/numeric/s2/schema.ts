import { numeric, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: numeric(),
  b: numeric({ precision: 10 }),
  c: numeric({ precision: 10, scale: 2 }),
  d: numeric({ scale: 3 }),
  e: numeric({ mode: "number" }),
  f: numeric({ precision: 20, mode: "bigint" }),
  g: numeric({ precision: 5, scale: 0 }),
});
