import { boolean, integer, pgTable, text } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

export const t = pgTable("t", {
  a: integer(),
  b: integer(),
  sum: integer().generatedAlwaysAs(sql`a + b`),
  label: text().generatedAlwaysAs(sql`'n=' || a::text`),
  flag: boolean().generatedAlwaysAs(sql`a > 0`).notNull(),
});
