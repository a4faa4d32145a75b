import { json, jsonb, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: jsonb().default({ a: 1, b: 2 }),
  b: jsonb().default({ x: [1] }),
  c: json().default({}),
});
