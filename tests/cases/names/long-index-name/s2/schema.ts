import { index, pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("a_table_name_that_is_exactly_forty_chars", { first_long_column_name: text(), second_long_column_name: text() }, (t) => [index().on(t.first_long_column_name, t.second_long_column_name)]);
