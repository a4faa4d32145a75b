import { pgTable, timestamp } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: timestamp(),
  b: timestamp({ precision: 3 }),
  c: timestamp({ withTimezone: true }),
  d: timestamp({ precision: 0, withTimezone: true, mode: "string" }),
  e: timestamp({ mode: "date" }),
  f: timestamp({ withTimezone: true }).array(),
});
