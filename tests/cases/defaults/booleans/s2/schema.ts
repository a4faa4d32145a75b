import { boolean, pgTable } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

export const t = pgTable("t", {
  a: boolean().default(true),
  b: boolean().default(false),
  c: boolean().default(sql`true`).notNull(),
});
