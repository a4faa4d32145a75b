// 0.x relational queries; not part of the schema glob
import { relations } from "drizzle-orm";
import { forums, posts, threads } from "./schema/forums";
import { members } from "./schema/members";

export const forumsRelations = relations(forums, ({ many }) => ({ threads: many(threads) }));
export const threadsRelations = relations(threads, ({ one, many }) => ({
  forum: one(forums, { fields: [threads.forumId], references: [forums.id] }),
  author: one(members, { fields: [threads.authorId], references: [members.id] }),
  posts: many(posts),
}));
