import { line, pgTable, point } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: point(),
  b: point({ mode: "xy" }),
  c: point({ mode: "tuple" }),
  d: line(),
  e: line({ mode: "abc" }),
  f: point().array(),
});
