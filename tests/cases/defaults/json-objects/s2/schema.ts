import { json, jsonb, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: json().default({ a: 1 }),
  b: jsonb().default({ nested: { list: [1, 2, { deep: true }] }, s: "it's \"quoted\"" }),
  c: jsonb().default({}),
  d: jsonb().default({ u: "ü", n: null, f: 1.5 }),
  e: json().default({ k: "back\\slash" }),
});
