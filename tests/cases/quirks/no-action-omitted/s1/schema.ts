import { integer, pgTable } from "drizzle-orm/pg-core";

export const p = pgTable("p", { id: integer().primaryKey() });
export const c = pgTable("c", { pid: integer().references(() => p.id) });
