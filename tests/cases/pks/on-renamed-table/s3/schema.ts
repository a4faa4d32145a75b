import { integer, pgTable, primaryKey } from "drizzle-orm/pg-core";

export const couples = pgTable("couples", {
  a: integer().notNull(),
  b: integer().notNull(),
}, (t) => [primaryKey({ columns: [t.a, t.b] })]);
export const lone = pgTable("lone", { id: integer().primaryKey() });
