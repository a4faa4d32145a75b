import { boolean, integer, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("users", {
  id: integer(),
  active: boolean().notNull().default(true),
  score: integer().default(0).notNull(),
});
