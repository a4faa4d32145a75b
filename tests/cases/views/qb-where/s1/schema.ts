import { and, eq, gt, isNotNull } from "drizzle-orm";
import { integer, pgTable, pgView, text } from "drizzle-orm/pg-core";

export const users = pgTable("users", { id: integer(), name: text(), age: integer() });
export const posts = pgTable("posts", { id: integer(), authorId: integer("author_id"), title: text() });

export const adults = pgView("adults").as((qb) =>
  qb.select().from(users).where(and(gt(users.age, 17), isNotNull(users.name))).orderBy(users.name),
);
export const postAuthors = pgView("post_authors").as((qb) =>
  qb.select({ title: posts.title, author: users.name }).from(posts).innerJoin(users, eq(posts.authorId, users.id)),
);
