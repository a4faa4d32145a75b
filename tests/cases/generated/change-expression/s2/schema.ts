import { integer, pgTable } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

export const t = pgTable("t", {
  a: integer(),
  g: integer().generatedAlwaysAs(sql`a * 3`),
});
