import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const persons = pgTable("persons", { id: integer().primaryKey(), firstName: text("first_name") });
