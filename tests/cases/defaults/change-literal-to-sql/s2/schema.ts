import { integer, pgTable, timestamp } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

export const t = pgTable("t", {
  a: timestamp().defaultNow(),
  b: integer().default(sql`floor(random() * 10)`),
});
