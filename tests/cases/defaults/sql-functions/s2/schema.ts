import { date, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

export const t = pgTable("t", {
  a: timestamp().default(sql`now()`),
  b: timestamp({ withTimezone: true }).default(sql`CURRENT_TIMESTAMP`),
  c: uuid().default(sql`gen_random_uuid()`),
  d: text().default(sql`'abc'::text`),
  e: integer().default(sql`(1 + 2)`),
  f: date().default(sql`CURRENT_DATE`),
});
