import { integer, pgTable } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

export const t = pgTable("t", {
  b: integer(),
  g: integer().generatedAlwaysAs(sql`b * 2`),
});
