import { boolean, integer, pgTable, text } from "drizzle-orm/pg-core";

export const posts = pgTable("posts", { id: integer().primaryKey(), title: text(), legacy: boolean() });
