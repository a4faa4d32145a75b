import { integer, pgTable, timestamp } from "drizzle-orm/pg-core";

export const t = pgTable("users", {
  id: integer(),
  c: timestamp({ precision: 6, withTimezone: true }),
});
