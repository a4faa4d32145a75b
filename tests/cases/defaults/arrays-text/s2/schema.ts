import { pgTable, text, varchar } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: text().array().default(["a", "b"]),
  b: text().array().default([]),
  c: text().array().default(["with space", "com,ma", "qu\"ote", "it's", "{brace}"]),
  d: varchar({ length: 10 }).array().default(["x"]),
  e: text().array().default([""]),
  f: text().array().default(["NULL", "null"]),
});
