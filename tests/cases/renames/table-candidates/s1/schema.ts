import { integer, pgTable } from "drizzle-orm/pg-core";

export const a = pgTable("a", { id: integer() });
export const b = pgTable("b", { id: integer() });
export const c = pgTable("c", { id: integer() });
