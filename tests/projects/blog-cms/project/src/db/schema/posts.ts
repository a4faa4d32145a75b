import { eq, sql } from "drizzle-orm";
import {
  index,
  integer,
  pgEnum,
  pgTable,
  pgView,
  serial,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from "drizzle-orm/pg-core";
import { timestamps } from "./_shared";
import { authors } from "./authors";

export const postStatus = pgEnum("post_status", ["draft", "scheduled", "published", "archived"]);

export const posts = pgTable(
  "posts",
  {
    id: serial("id").primaryKey(),
    authorId: integer("author_id")
      .notNull()
      .references(() => authors.id),
    title: varchar("title", { length: 255 }).notNull(),
    slug: varchar("slug", { length: 255 }).notNull(),
    excerpt: text("excerpt"),
    body: text("body").notNull(),
    coverImage: text("cover_image"),
    status: postStatus("status").notNull().default("draft"),
    publishedAt: timestamp("published_at", { mode: "string" }),
    readingMinutes: integer("reading_minutes"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("posts_slug_uidx").on(t.slug),
    index("posts_author_idx").on(t.authorId),
    index("posts_published_idx").on(t.publishedAt.desc().nullsLast()).where(sql`${t.status} = 'published'`),
  ],
);

export const tags = pgTable("tags", {
  id: serial("id").primaryKey(),
  name: varchar("name", { length: 60 }).notNull().unique(),
  slug: varchar("slug", { length: 60 }).notNull().unique(),
});

export const publishedPosts = pgView("published_posts").as((qb) =>
  qb
    .select({
      id: posts.id,
      title: posts.title,
      slug: posts.slug,
      authorId: posts.authorId,
      publishedAt: posts.publishedAt,
    })
    .from(posts)
    .where(eq(posts.status, "published")),
);
