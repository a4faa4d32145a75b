import { nanoid } from "nanoid";
import { boolean, snakeCase, text, timestamp, varchar } from "drizzle-orm/pg-core";

export const users = snakeCase.table("users", {
  id: text().primaryKey().$defaultFn(() => nanoid()),
  handle: varchar({ length: 30 }).notNull().unique(),
  displayName: varchar({ length: 80 }).notNull(),
  avatarUrl: text(),
  isBot: boolean().notNull().default(false),
  lastSeenAt: timestamp({ withTimezone: true }),
  statusText: varchar({ length: 140 }),
  statusEmoji: varchar({ length: 32 }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
