import { foreignKey, integer, pgTable } from "drizzle-orm/pg-core";

export const users = pgTable("users", { id: integer().primaryKey() });
export const posts = pgTable("posts", {
  id: integer().primaryKey(),
  authorId: integer("author_id").references(() => users.id, { onDelete: "cascade" }),
  reviewerId: integer("reviewer_id"),
}, (t) => [foreignKey({ name: "posts_reviewer_fk", columns: [t.reviewerId], foreignColumns: [users.id] })]);
