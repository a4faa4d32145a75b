import { integer, pgTable } from "drizzle-orm/pg-core";

export const users = pgTable("users", { id: integer().primaryKey() });
export const posts = pgTable("posts", {
  id: integer().primaryKey(),
  authorId: integer("author_id").references(() => users.id),
});
