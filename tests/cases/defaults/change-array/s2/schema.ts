import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: text().array().default(["a", "b"]),
  b: integer().array().default([]),
  c: integer().array().default([7]),
});
