import { integer, pgTable } from "drizzle-orm/pg-core";

export const seats = pgTable("seats", {
  row: integer().primaryKey(),
  num: integer().notNull(),
});
