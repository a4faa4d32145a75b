import { integer, pgTable, primaryKey } from "drizzle-orm/pg-core";

export const pairs = pgTable("pairs", {
  left: integer().notNull(),
  right: integer().notNull(),
}, (t) => [primaryKey(t.left, t.right)]);
