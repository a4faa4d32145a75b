import { pgTable, time } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: time(),
  b: time({ precision: 3 }),
  c: time({ withTimezone: true }),
  d: time({ precision: 0, withTimezone: true }),
  e: time({ precision: 6 }).array(),
});
