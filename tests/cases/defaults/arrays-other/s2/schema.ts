import { date, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

export const t = pgTable("t", {
  a: uuid().array().default(["00000000-0000-0000-0000-000000000000"]),
  b: date({ mode: "string" }).array().default(["2024-01-01"]),
  c: timestamp({ mode: "string" }).array().default(["2024-01-01 10:00:00"]),
  d: jsonb().array().default([{ a: 1 }]),
  e: text().array().default(sql`'{}'::text[]`),
  f: text().array().default(sql`ARRAY['x']`),
});
