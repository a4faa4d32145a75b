import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("users", {
  id: integer(),
  c: text(),
});
