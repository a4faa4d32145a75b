import { integer, pgTable, text, varchar } from "drizzle-orm/pg-core";

export const articles = pgTable("articles", { id: integer().primaryKey(), title: text().notNull(), slug: varchar({ length: 80 }) });
