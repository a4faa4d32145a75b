import { sql } from "drizzle-orm";
import { check, date, integer, pgTable, text } from "drizzle-orm/pg-core";

export const bookings = pgTable("bookings", {
  id: integer(),
  startsOn: date("starts_on").notNull(),
  endsOn: date("ends_on").notNull(),
  guests: integer(),
  code: text(),
}, (t) => [
  check("bookings_dates", sql`${t.endsOn} >= ${t.startsOn}`),
  check("bookings_guests", sql`${t.guests} between 1 and 10`),
  check("bookings_code_fmt", sql`char_length(${t.code}) = 6 AND ${t.code} ~ '^[A-Z0-9]+$'`),
  check("bookings_code_in", sql`${t.code} IN ('AAAAAA', 'BBBBBB') OR ${t.code} IS NULL`),
]);
