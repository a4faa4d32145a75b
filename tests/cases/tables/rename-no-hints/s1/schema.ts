import { integer, pgTable } from "drizzle-orm/pg-core";

export const posts = pgTable("posts", { id: integer().primaryKey() });
