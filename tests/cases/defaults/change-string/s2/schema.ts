import { pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: text().default("b"),
  b: text().default("it''s"),
});
