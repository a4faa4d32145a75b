import { integer, pgTable } from "drizzle-orm/pg-core";

export const p = pgTable("p", { id: integer(), code: integer() });
export const c = pgTable("c", { code: integer().references(() => p.code) });
