import { integer, pgTable } from "drizzle-orm/pg-core";

export const parent = pgTable("parent_table_with_a_long_name", { identifier_of_parent: integer().primaryKey() });
export const child = pgTable("child_tbl", { reference_to_parent_identifier: integer().references(() => parent.identifier_of_parent) });
