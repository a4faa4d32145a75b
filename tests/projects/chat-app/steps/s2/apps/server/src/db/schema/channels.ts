import { nanoid } from "nanoid";
import { index, pgEnum, snakeCase, primaryKey, text, timestamp, varchar } from "drizzle-orm/pg-core";
import { users } from "./users";

export const channelKind = pgEnum("channel_kind", ["public", "private", "direct", "announcement"]);
export const memberRole = pgEnum("member_role", ["owner", "admin", "member"]);

export const channels = snakeCase.table(
  "channels",
  {
    id: text().primaryKey().$defaultFn(() => nanoid()),
    kind: channelKind().notNull().default("public"),
    name: varchar({ length: 80 }),
    topic: text(),
    createdById: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.kind, t.createdAt)],
);

export const channelMembers = snakeCase.table(
  "channel_members",
  {
    channelId: text()
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: memberRole().notNull().default("member"),
    lastReadMessageId: text(),
    mutedUntil: timestamp({ withTimezone: true }),
    joinedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.channelId, t.userId] }), index().on(t.userId)],
);
