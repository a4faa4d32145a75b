import { decimal, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: decimal(),
  b: decimal({ precision: 7, scale: 1 }),
  c: decimal({ precision: 7, scale: 1 }).array(),
});
