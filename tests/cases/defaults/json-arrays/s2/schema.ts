import { json, jsonb, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: jsonb().default([]),
  b: jsonb().default([1, "two", { three: 3 }]),
  c: json().default(["a", "b"]),
  d: jsonb().default("plain string"),
  e: jsonb().default(42),
  f: jsonb().default(true),
});
