import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: integer('my"col'),
  b: text("Mixed Case"),
  c: text("dotted.name"),
  d: text("ünïcødé"),
  e: text("UPPER"),
  f: text("1starts_with_digit"),
  g: text("emoji🚀"),
});
