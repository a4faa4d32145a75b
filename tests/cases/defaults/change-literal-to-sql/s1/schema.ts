import { integer, pgTable, timestamp } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: timestamp().default(new Date("2020-01-01T00:00:00.000Z")),
  b: integer().default(1),
});
