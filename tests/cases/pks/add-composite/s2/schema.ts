import { integer, pgTable, primaryKey } from "drizzle-orm/pg-core";

export const l1 = pgTable("l1", { a: integer(), b: integer() }, (t) => [primaryKey({ columns: [t.a, t.b] })]);
export const l2 = pgTable("l2", { a: integer().notNull(), b: integer().notNull() }, (t) => [primaryKey({ name: "l2_ab", columns: [t.a, t.b] })]);
