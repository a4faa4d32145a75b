import { integer, pgTable } from "drizzle-orm/pg-core";

export const posts = pgTable("posts", { id: integer().primaryKey(), tagId: integer("tag_id") });
export const pages = pgTable("pages", { id: integer().primaryKey(), tagId: integer("tag_id") });
