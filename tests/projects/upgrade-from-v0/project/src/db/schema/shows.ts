import { relations } from "drizzle-orm";
import { boolean, index, integer, pgTable, serial, text, timestamp, uniqueIndex, varchar } from "drizzle-orm/pg-core";
import { episodes } from "./episodes";

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
    lastFetchedAt: timestamp("last_fetched_at"),
  },
  (table) => ({
    slugIdx: uniqueIndex("shows_slug_idx").on(table.slug),
    feedIdx: index("shows_feed_idx").on(table.feedUrl),
  }),
);

export const showsRelations = relations(shows, ({ many }) => ({
  episodes: many(episodes),
}));
