import { integer, pgTable } from "drizzle-orm/pg-core";

export const parent = pgTable("p", { id: integer().primaryKey() });
export const child = pgTable("table_with_a_fifty_character_long_name_for_testing", { pid: integer().references(() => parent.id) });
