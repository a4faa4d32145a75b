import { date, interval, pgTable, time, timestamp } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: date({ mode: "date" }).default(new Date("2024-01-02T00:00:00.000Z")),
  b: date({ mode: "string" }).default("2024-03-04"),
  c: timestamp().default(new Date("2024-01-02T03:04:05.678Z")),
  d: timestamp({ withTimezone: true }).default(new Date("2024-01-02T03:04:05.678Z")),
  e: timestamp({ mode: "string" }).default("2024-05-06 07:08:09"),
  f: timestamp({ mode: "string", withTimezone: true }).default("2024-05-06 07:08:09+02"),
  g: time().default("12:34:56"),
  h: interval().default("1 day"),
});
