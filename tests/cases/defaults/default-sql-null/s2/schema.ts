import { integer, pgTable, text } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

export const t = pgTable("t", {
  b: integer().default(sql`NULL`),
  c: text().default(sql`null`),
});
