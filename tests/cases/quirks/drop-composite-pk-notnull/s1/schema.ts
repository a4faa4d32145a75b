import { integer, pgTable, primaryKey } from "drizzle-orm/pg-core";

export const t = pgTable("t", { a: integer().notNull(), b: integer() }, (t) => [primaryKey({ columns: [t.a, t.b] })]);
