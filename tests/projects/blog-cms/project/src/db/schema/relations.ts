import { defineRelations } from "drizzle-orm";
import { authors } from "./authors";
import { comments } from "./comments";
import { posts, tags } from "./posts";
import { postsToTags } from "./posts-to-tags";

export const relations = defineRelations({ authors, posts, tags, postsToTags, comments }, (r) => ({
  authors: {
    posts: r.many.posts(),
  },
  posts: {
    author: r.one.authors({ from: r.posts.authorId, to: r.authors.id, optional: false }),
    tags: r.many.tags({
      from: r.posts.id.through(r.postsToTags.postId),
      to: r.tags.id.through(r.postsToTags.tagId),
    }),
    comments: r.many.comments(),
  },
  tags: {
    posts: r.many.posts(),
  },
  comments: {
    post: r.one.posts({ from: r.comments.postId, to: r.posts.id }),
    parent: r.one.comments({ from: r.comments.parentId, to: r.comments.id, alias: "replies" }),
    replies: r.many.comments({ alias: "replies" }),
  },
}));
