import { char, pgTable, text, varchar } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: text().default("it's"),
  b: text().default("back\\slash"),
  c: text().default('say "hi"'),
  d: text().default("line1\nline2"),
  e: text().default("tab\there"),
  f: text().default(""),
  g: varchar({ length: 20 }).default("''double''"),
  h: char({ length: 3 }).default("abc"),
});
