import { date, pgTable, time, timestamp } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: timestamp().defaultNow(),
  b: timestamp({ withTimezone: true, precision: 3 }).defaultNow().notNull(),
  c: date().defaultNow(),
  d: time().defaultNow(),
});
