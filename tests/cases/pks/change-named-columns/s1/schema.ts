import { integer, pgTable, primaryKey } from "drizzle-orm/pg-core";

export const grid = pgTable("grid", {
  x: integer().notNull(),
  y: integer().notNull(),
  z: integer().notNull(),
}, (t) => [primaryKey({ name: "grid_pk", columns: [t.x, t.y] })]);
