import { check, integer, pgTable } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

export const t = pgTable("table_with_a_fifty_character_long_name_for_testing", { n: integer() }, (t) => [check("table_with_a_fifty_character_long_name_for_testing_n_positive_check", sql`n > 0`)]);
