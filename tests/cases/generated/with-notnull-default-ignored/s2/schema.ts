import { integer, pgTable, text } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

export const t = pgTable("t", {
  a: text(),
  l: integer().notNull().generatedAlwaysAs(sql`length(a)`),
});
