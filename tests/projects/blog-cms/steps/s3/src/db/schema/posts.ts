import { eq, type SQL, sql } from "drizzle-orm";
import { customType } from "drizzle-orm/pg-core";
import {
  index,
  integer,
  pgEnum,
  pgTable,
  pgMaterializedView,
  pgView,
  serial,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from "drizzle-orm/pg-core";
import { timestamps } from "./_shared";
import { authors } from "./authors";

const tsvector = customType<{ data: string }>({
  dataType() {
    return "tsvector";
  },
});

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
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('english', coalesce(${posts.title}, '')), 'A') || setweight(to_tsvector('english', coalesce(${posts.body}, '')), 'B')`,
    ),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("posts_slug_uidx").on(t.slug),
    index("posts_author_idx").on(t.authorId),
    index("posts_search_idx").using("gin", t.searchVector),
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
      readingMinutes: posts.readingMinutes,
    })
    .from(posts)
    .where(eq(posts.status, "published")),
);

export const tagCounts = pgMaterializedView("tag_counts", {
  tagId: integer("tag_id").notNull(),
  name: varchar("name", { length: 60 }).notNull(),
  postCount: integer("post_count").notNull(),
}).as(
  sql`select t.id as tag_id, t.name, count(pt.post_id)::int as post_count from tags t left join posts_to_tags pt on pt.tag_id = t.id group by t.id, t.name`,
);
