import { integer, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("this_table_name_is_sixty_characters_long_and_needs_a_primary", { id: integer().primaryKey() });
