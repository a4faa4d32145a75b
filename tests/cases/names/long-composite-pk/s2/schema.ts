import { integer, pgTable, primaryKey } from "drizzle-orm/pg-core";

export const t = pgTable("table_with_a_fifty_character_long_name_for_testing", { aaaaaaaaaa: integer(), bbbbbbbbbb: integer() }, (t) => [primaryKey({ columns: [t.aaaaaaaaaa, t.bbbbbbbbbb] })]);
