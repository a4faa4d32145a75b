import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const users = pgTable("users", { id: integer().primaryKey() });
export const posts = pgTable("posts", { id: integer().primaryKey(), body: text() });
