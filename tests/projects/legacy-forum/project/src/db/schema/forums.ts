import { foreignKey, index, integer, pgTable, primaryKey, serial, text, timestamp, unique, varchar, type AnyPgColumn } from "drizzle-orm/pg-core";
import { members } from "./members";

const commonIndexes = <T extends { createdAt: AnyPgColumn; authorId: AnyPgColumn }>(name: string, t: T) => ({
  byAuthor: index(`${name}_author_idx`).on(t.authorId),
  byCreated: index(`${name}_created_idx`).on(t.createdAt),
});

export const forums = pgTable(
  "forums",
  {
    id: serial("id").primaryKey(),
    parentId: integer("parent_id"),
    slug: varchar("slug", { length: 64 }).notNull(),
    title: text("title").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => ({
    parentFk: foreignKey({ columns: [t.parentId], foreignColumns: [t.id], name: "forums_parent_fk" }).onDelete("cascade"),
    slugUnique: unique("forums_parent_slug_key").on(t.parentId, t.slug).nullsNotDistinct(),
  }),
);

export const threads = pgTable(
  "threads",
  {
    id: serial("id").primaryKey(),
    forumId: integer("forum_id")
      .notNull()
      .references(() => forums.id, { onDelete: "cascade" }),
    authorId: integer("author_id").references(() => members.id, { onDelete: "set null" }),
    title: varchar("title", { length: 200 }).notNull(),
    createdAt: timestamp("created_at").notNull().defaultNow(),
    lockedAt: timestamp("locked_at"),
  },
  (t) => ({
    ...commonIndexes("threads", t),
    forumIdx: index("threads_forum_idx").on(t.forumId, t.createdAt.desc()),
  }),
);

export const posts = pgTable(
  "posts",
  {
    id: serial("id").primaryKey(),
    threadId: integer("thread_id")
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    authorId: integer("author_id").references(() => members.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at").notNull().defaultNow(),
    editedAt: timestamp("edited_at"),
  },
  (t) => ({
    ...commonIndexes("posts", t),
  }),
);

export const subscriptions = pgTable(
  "subscriptions",
  {
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    threadId: integer("thread_id")
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    notify: text("notify").notNull().default("instant"),
  },
  (t) => ({
    pk: primaryKey({ columns: [t.memberId, t.threadId] }),
  }),
);
