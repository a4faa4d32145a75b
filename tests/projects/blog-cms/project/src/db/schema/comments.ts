import { sql } from "drizzle-orm";
import { boolean, foreignKey, index, integer, pgTable, serial, text, varchar } from "drizzle-orm/pg-core";
import { timestamps } from "./_shared";
import { posts } from "./posts";

export const comments = pgTable(
  "comments",
  {
    id: serial("id").primaryKey(),
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    parentId: integer("parent_id"),
    authorName: varchar("author_name", { length: 80 }).notNull(),
    authorEmail: varchar("author_email", { length: 255 }),
    body: text("body").notNull(),
    approved: boolean("approved").notNull().default(false),
    depth: integer("depth").notNull().default(0),
    ...timestamps,
  },
  (t) => [
    foreignKey({
      columns: [t.parentId],
      foreignColumns: [t.id],
      name: "comments_parent_fk",
    }).onDelete("cascade"),
    index("comments_post_idx").on(t.postId, t.createdAt),
    index("comments_pending_idx").on(t.createdAt).where(sql`not ${t.approved}`),
  ],
);
