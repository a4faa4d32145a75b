import { integer, pgTable } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

export const t = pgTable("t", {
  a: integer().default(sql`1 + 1`),
});
