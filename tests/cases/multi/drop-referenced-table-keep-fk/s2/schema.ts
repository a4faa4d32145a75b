import { integer, pgTable } from "drizzle-orm/pg-core";

const tags = pgTable("tags", { id: integer().primaryKey() });
export const posts = pgTable("posts", { id: integer().primaryKey(), tagId: integer("tag_id").references(() => tags.id) });
