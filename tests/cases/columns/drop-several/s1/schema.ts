import { boolean, integer, pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("users", {
  id: integer(),
  a: text(),
  b: text(),
  c: boolean(),
});
