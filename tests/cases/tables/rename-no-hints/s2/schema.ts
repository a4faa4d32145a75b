import { integer, pgTable } from "drizzle-orm/pg-core";

export const articles = pgTable("articles", { id: integer().primaryKey() });
