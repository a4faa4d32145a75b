import { pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("t", { c: text("this_column_name_is_definitely_longer_than_sixty_three_characters_ok") });
