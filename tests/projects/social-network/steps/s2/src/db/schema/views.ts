import { sql } from "drizzle-orm";
import { integer, pgView, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";

/** Posts with their author's handle: the timeline query joins through this. */
export const feedView = pgView("feed_view", {
  postId: uuid("post_id").notNull(),
  authorId: uuid("author_id").notNull(),
  username: varchar("username", { length: 30 }).notNull(),
  body: text("body").notNull(),
  likeCount: integer("like_count").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
})
  .with({ securityBarrier: true, securityInvoker: true })
  .as(
    sql`select p.id as post_id, p.author_id, pr.username, p.body, p.like_count, p.created_at from posts p join profiles pr on pr.id = p.author_id where p.repost_of_id is null and p.visibility = 'public'`,
  );
