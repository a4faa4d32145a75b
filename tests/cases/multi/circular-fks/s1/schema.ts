import { type AnyPgColumn, integer, pgTable } from "drizzle-orm/pg-core";

export const a = pgTable("a", { id: integer().primaryKey(), bId: integer("b_id").references((): AnyPgColumn => b.id) });
export const b = pgTable("b", { id: integer().primaryKey(), aId: integer("a_id").references((): AnyPgColumn => a.id) });
