import { jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

export const t = pgTable("t", {
  data: jsonb(),
  kind: text().generatedAlwaysAs(sql`data->>'kind'`),
  tsv: text().generatedAlwaysAs(sql`coalesce(data->>'title', '')`),
});
