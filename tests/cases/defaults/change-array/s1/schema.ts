import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: text().array().default(["a"]),
  b: integer().array().default([1]),
  c: integer().array().default([]),
});
