import { integer, pgTable, primaryKey } from "drizzle-orm/pg-core";

export const pairs = pgTable("pairs", {
  a: integer().notNull(),
  b: integer().notNull(),
}, (t) => [primaryKey({ name: "pairs_ab_pk", columns: [t.a, t.b] })]);
