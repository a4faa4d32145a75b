import { boolean, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";
import { chats, messages } from "./chats";

export const votes = pgTable(
  "votes",
  {
    chatId: uuid("chat_id")
      .notNull()
      .references(() => chats.id),
    messageId: uuid("message_id")
      .notNull()
      .references(() => messages.id),
    isUpvoted: boolean("is_upvoted").notNull(),
  },
  (table) => [primaryKey({ columns: [table.chatId, table.messageId] })],
);
