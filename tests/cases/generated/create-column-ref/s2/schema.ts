import { pgTable, text } from "drizzle-orm/pg-core";
import { sql, type SQL } from "drizzle-orm";

export const t = pgTable("people", {
  first: text(),
  last: text(),
  full: text().generatedAlwaysAs((): SQL => sql`${t.first} || ' ' || ${t.last}`),
  upper: text().generatedAlwaysAs((): SQL => sql`upper(${t.first})`),
});
