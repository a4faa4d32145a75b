import { integer, pgTable, text, uuid } from "drizzle-orm/pg-core";

export const a = pgTable("a", { id: integer().primaryKey() });
export const b = pgTable("b", { code: text().primaryKey(), label: text() });
export const c = pgTable("c", { id: uuid().primaryKey().defaultRandom(), n: integer().notNull() });
