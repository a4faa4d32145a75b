import { json, jsonb, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: jsonb().default({ b: 2, a: 1 }),
  b: jsonb().default({ x: [1, 2] }),
  c: json().default([]),
});
