import { integer, pgTable } from "drizzle-orm/pg-core";

export const parent = pgTable("a_table_name_that_is_exactly_forty_chars_parent", { id: integer().primaryKey() });
export const child = pgTable("a_table_name_that_is_exactly_forty_chars_child", { parent_reference_id: integer().references(() => parent.id) });
