import { integer, pgTable } from "drizzle-orm/pg-core";

export const links = pgTable("links", {
  a: integer().notNull(),
  b: integer().notNull(),
});
