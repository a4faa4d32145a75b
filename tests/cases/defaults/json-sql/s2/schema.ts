import { json, jsonb, pgTable } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

export const t = pgTable("t", {
  a: jsonb().default(sql`'{}'::jsonb`),
  b: json().default(sql`'[]'`),
});
