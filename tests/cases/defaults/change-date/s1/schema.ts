import { date, pgTable, timestamp } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: date().default("2024-01-01"),
  b: timestamp({ mode: "string" }).default("2024-01-01 00:00:00"),
});
