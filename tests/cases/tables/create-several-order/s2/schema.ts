import { integer, pgTable, serial, text, varchar } from "drizzle-orm/pg-core";

export const zeta = pgTable("zeta", { id: integer() });
export const alpha = pgTable("alpha", { id: integer(), label: text().notNull() });
export const mid = pgTable("mid", { id: serial().primaryKey(), note: varchar({ length: 20 }) });
