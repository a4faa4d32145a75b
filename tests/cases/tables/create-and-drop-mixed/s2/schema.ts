import { integer, pgTable } from "drizzle-orm/pg-core";

export const b = pgTable("b", { id: integer() });
export const c = pgTable("c", { id: integer() });
export const d = pgTable("d", { id: integer() });
