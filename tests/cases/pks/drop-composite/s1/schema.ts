import { integer, pgTable, primaryKey } from "drizzle-orm/pg-core";

export const links = pgTable("links", {
  a: integer().notNull(),
  b: integer().notNull(),
}, (t) => [primaryKey({ columns: [t.a, t.b] })]);
