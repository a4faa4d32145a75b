import { pgTable, timestamp } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

export const t = pgTable("t", {
  a: timestamp().default(sql`now()`),
});
