import { integer, pgTable, text, unique } from "drizzle-orm/pg-core";

export const t = pgTable("a_table_name_that_is_exactly_forty_chars", { some_rather_long_column: text().unique(), x: integer(), y: integer() }, (t) => [unique().on(t.x, t.y)]);
