import { pgTable, time } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: time({ precision: 3, withTimezone: true }),
  b: time(),
});
