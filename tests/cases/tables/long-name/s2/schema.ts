import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("this_is_a_really_long_table_name_that_exceeds_postgres_identifier_limit", { id: integer().primaryKey(), v: text() });
