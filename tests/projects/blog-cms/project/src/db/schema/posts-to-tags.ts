import { index, integer, pgTable, primaryKey } from "drizzle-orm/pg-core";
import { posts, tags } from "./posts";

export const postsToTags = pgTable(
  "posts_to_tags",
  {
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    tagId: integer("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.postId, t.tagId] }), index("posts_to_tags_tag_idx").on(t.tagId)],
);
