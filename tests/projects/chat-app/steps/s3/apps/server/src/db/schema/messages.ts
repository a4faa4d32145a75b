import { sql } from "drizzle-orm";
import { nanoid } from "nanoid";
import {
  type AnyPgColumn,
  index,
  integer,
  jsonb,
  snakeCase,
  text,
  timestamp,
  unique,
  varchar,
} from "drizzle-orm/pg-core";
import { channels } from "./channels";
import { users } from "./users";

export type Attachment = { url: string; name: string; size: number; mime: string };

export const messages = snakeCase.table(
  "messages",
  {
    id: text().primaryKey().$defaultFn(() => nanoid()),
    channelId: text()
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    authorId: text().references(() => users.id, { onDelete: "set null" }),
    threadRootId: text().references((): AnyPgColumn => messages.id, { onDelete: "cascade" }),
    body: text().notNull(),
    attachments: jsonb().$type<Attachment[]>().notNull().default([]),
    replyCount: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true, precision: 6 }).notNull().defaultNow(),
    editedAt: timestamp({ withTimezone: true }),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.channelId, t.createdAt.desc()),
    index("messages_thread_idx").on(t.threadRootId, t.createdAt).where(sql`${t.threadRootId} is not null`),
    index("messages_body_search_idx").using("gin", sql`to_tsvector('simple', ${t.body})`),
  ],
);

export const messageEdits = snakeCase.table(
  "message_edits",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    messageId: text()
      .notNull()
      .references(() => messages.id, { onDelete: "cascade" }),
    previousBody: text().notNull(),
    editedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.messageId)],
);

export const reactions = snakeCase.table(
  "reactions",
  {
    messageId: text()
      .notNull()
      .references(() => messages.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    emojiCode: varchar({ length: 64 }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.messageId, t.userId, t.emojiCode)],
);
