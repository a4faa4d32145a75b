import { integer, pgTable } from "drizzle-orm/pg-core";

export const l1 = pgTable("l1", { a: integer(), b: integer() });
export const l2 = pgTable("l2", { a: integer().notNull(), b: integer().notNull() });
