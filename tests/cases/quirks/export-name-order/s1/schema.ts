import { index, integer, pgTable } from "drizzle-orm/pg-core";

export const zTable = pgTable("alpha", { id: integer().primaryKey(), ref: integer().references(() => aTable.id) }, (t) => [index().on(t.ref)]);
export const aTable = pgTable("zulu", { id: integer().primaryKey(), ref: integer().references(() => zTable.id) }, (t) => [index().on(t.ref)]);
export const mTable = pgTable("mike", { id: integer().primaryKey() });
