import { integer, pgTable } from "drizzle-orm/pg-core";

export const tags = pgTable("tags", { id: integer().primaryKey() });
export const posts = pgTable("posts", { id: integer().primaryKey(), tagId: integer("tag_id").references(() => tags.id) });
export const pages = pgTable("pages", { id: integer().primaryKey(), tagId: integer("tag_id").references(() => tags.id, { onDelete: "cascade" }) });
