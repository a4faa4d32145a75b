import { integer, pgTable } from "drizzle-orm/pg-core";

export const users = pgTable("users", { userId: integer("user_id").primaryKey() });
export const posts = pgTable("posts", {
  id: integer().primaryKey(),
  writerId: integer("writer_id").references(() => users.userId),
});
