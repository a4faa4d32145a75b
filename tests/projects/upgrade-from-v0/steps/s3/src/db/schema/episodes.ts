import { index, integer, pgTable, serial, text, timestamp, varchar } from "drizzle-orm/pg-core";
import { shows } from "./shows";

export const episodes = pgTable(
  "episodes",
  {
    id: serial("id").primaryKey(),
    showId: integer("show_id")
      .notNull()
      .references(() => shows.id, { onDelete: "cascade" }),
    guid: varchar("guid", { length: 255 }).notNull(),
    title: text("title").notNull(),
    audioUrl: text("audio_url").notNull(),
    durationSeconds: integer("duration_seconds"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (table) => [index("episodes_show_published_idx").on(table.showId, table.publishedAt.desc())],
);
