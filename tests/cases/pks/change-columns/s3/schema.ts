import { integer, pgTable, primaryKey } from "drizzle-orm/pg-core";

export const grid = pgTable("grid", {
  x: integer().notNull(),
  y: integer().notNull(),
  z: integer().notNull(),
}, (t) => [primaryKey({ columns: [t.x] })]);
