import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { profiles } from "./profiles";

export const posts = pgTable(
  "posts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    authorId: uuid("author_id")
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
    body: varchar("body", { length: 500 }).notNull(),
    mediaUrls: text("media_urls").array(),
    hashtags: text("hashtags").array().notNull().default(sql`'{}'`),
    replyToId: uuid("reply_to_id").references((): AnyPgColumn => posts.id, { onDelete: "set null" }),
    repostOfId: uuid("repost_of_id").references((): AnyPgColumn => posts.id, { onDelete: "cascade" }),
    likeCount: integer("like_count").notNull().default(0),
    replyCount: integer("reply_count").notNull().default(0),
    visibility: varchar("visibility", { length: 16 }).notNull().default("public"),
    editedAt: timestamp("edited_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("posts_author_created_idx").on(t.authorId, t.createdAt.desc()),
    index("posts_hashtags_idx").using("gin", t.hashtags),
    index("posts_replies_idx").on(t.replyToId).where(sql`${t.replyToId} is not null`),
  ],
);

export const likes = pgTable(
  "likes",
  {
    profileId: uuid("profile_id")
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
    postId: uuid("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.postId] }), index("likes_post_idx").on(t.postId)],
);
