import { sql } from "drizzle-orm";
import { boolean, index, pgTable, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { languageTag, publishedWindow, slug, t } from "./_shared";

export const shows = pgTable(
  t("shows"),
  {
    id: serial("id").primaryKey(),
    slug: slug(),
    title: text("title").notNull(),
    author: text("author"),
    language: languageTag("language", { length: 12 }).notNull().default("en"),
    explicit: boolean("explicit").notNull().default(false),
    feedUrl: text("feed_url"),
    ...publishedWindow(),
  },
  (s) => [
    uniqueIndex(`${t("shows")}_slug_uidx`).on(s.slug),
    index(`${t("shows")}_title_trgm`).on(sql`lower(${s.title})`),
  ],
);
