import { pgTable, serial } from "drizzle-orm/pg-core";

export const t = pgTable("table_with_a_fifty_character_long_name_for_testing", { serial_column_with_long_name: serial() });
