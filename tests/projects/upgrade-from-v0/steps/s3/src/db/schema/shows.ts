import { boolean, index, integer, pgTable, serial, text, timestamp, uniqueIndex, varchar } from "drizzle-orm/pg-core";

export const shows = pgTable(
  "shows",
  {
    id: serial("id").primaryKey(),
    slug: varchar("slug", { length: 120 }).notNull(),
    title: text("title").notNull(),
    author: text("author"),
    feedUrl: text("feed_url").notNull(),
    explicit: boolean("explicit").notNull().default(false),
    episodeCount: integer("episode_count").notNull().default(0),
    lastFetchedAt: timestamp("last_fetched_at", { withTimezone: true }),
    language: varchar("language", { length: 8 }),
  },
  (table) => [uniqueIndex("shows_slug_idx").on(table.slug), index("shows_feed_idx").on(table.feedUrl)],
);
