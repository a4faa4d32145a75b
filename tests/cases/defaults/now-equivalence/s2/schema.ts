import { pgTable, timestamp } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: timestamp().defaultNow(),
});
