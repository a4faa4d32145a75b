import { json, jsonb, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: json(),
  b: jsonb(),
  c: jsonb().array(),
  d: json().notNull(),
});
