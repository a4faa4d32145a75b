import { integer, pgTable, primaryKey } from "drizzle-orm/pg-core";

export const seats = pgTable("seats", {
  row: integer().notNull(),
  num: integer().notNull(),
}, (t) => [primaryKey({ columns: [t.row, t.num] })]);
