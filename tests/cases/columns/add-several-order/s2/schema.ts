import { boolean, date, integer, pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("users", {
  zeta: text(),
  id: integer(),
  alpha: boolean(),
  mid: date(),
});
