import { cidr, macaddr8, pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: cidr(),
  b: macaddr8(),
  c: text(),
});
