import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const a = pgTable("a", { id: integer().primaryKey().notNull(), n: text() });
export const b = pgTable("b", { id: integer().notNull().primaryKey(), n: text() });
