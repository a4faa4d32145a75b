import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const articles = pgTable("articles", { id: integer().primaryKey(), title: text() });
