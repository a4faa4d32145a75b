import { integer, pgTable } from "drizzle-orm/pg-core";

export const a = pgTable("dotted.table", { id: integer() });
export const b = pgTable("tâblé", { id: integer() });
export const c = pgTable("2fast", { id: integer() });
