import { interval, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: interval(),
  b: interval({ fields: "day" }),
  c: interval({ precision: 2 }),
  d: interval({ fields: "hour to second", precision: 3 }),
  e: interval({ fields: "year to month" }),
  f: interval().array(),
});
