import { sql } from "drizzle-orm";
import { relations } from "drizzle-orm/_relations";
import { boolean, check, index, integer, pgTable, serial, text, timestamp, unique, varchar } from "drizzle-orm/pg-core";

export const members = pgTable(
  "members",
  {
    id: serial("id").primaryKey(),
    username: varchar("username", { length: 32 }).notNull(),
    emailAddress: varchar("email_address", { length: 255 }).notNull(),
    signature: text("signature"),
    postCount: integer("post_count").notNull().default(0),
    isModerator: boolean("is_moderator").notNull().default(false),
    joinedAt: timestamp("joined_at").notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at"),
  },
  (table) => {
    return {
      usernameUnique: unique("members_username_key").on(table.username),
      emailIdx: index("members_email_idx").on(table.emailAddress),
      postCountCheck: check("members_post_count_check", sql`${table.postCount} >= 0`),
      signatureSearch: index("members_signature_search_idx").using("gin", sql`to_tsvector('simple', coalesce(${table.signature}, ''))`),
    };
  },
);

export const bans = pgTable(
  "bans",
  {
    id: serial("id").primaryKey(),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    reason: text("reason").notNull(),
    expiresAt: timestamp("expires_at"),
  },
  (t) => ({
    memberIdx: index("bans_member_idx").on(t.memberId, t.expiresAt),
  }),
);

export const bansRelations = relations(bans, ({ one }) => ({
  member: one(members, { fields: [bans.memberId], references: [members.id] }),
}));
