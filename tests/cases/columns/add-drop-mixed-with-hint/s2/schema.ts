import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("users", {
  a: integer(),
  c: integer(),
  d: text(),
});
