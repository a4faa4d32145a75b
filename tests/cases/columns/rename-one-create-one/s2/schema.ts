import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("users", {
  id: integer(),
  first_new: text(),
  second_new: text(),
});
