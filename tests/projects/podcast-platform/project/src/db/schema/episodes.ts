import { sql } from "drizzle-orm";
import {
  bigint,
  date,
  index,
  integer,
  interval,
  pgMaterializedView,
  pgTable,
  serial,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { counter, durationSeconds, publishedWindow, slug, t } from "./_shared";
import { shows } from "./shows";

export const episodes = pgTable(
  t("episodes"),
  {
    id: serial("id").primaryKey(),
    showId: integer("show_id").notNull().references(() => shows.id, { onDelete: "cascade" }),
    guid: uuid("guid").notNull().defaultRandom().unique(),
    slug: slug(),
    title: text("title").notNull(),
    season: integer("season"),
    episodeNo: integer("episode_no"),
    duration: durationSeconds("duration"),
    adBreak: interval("ad_break", { fields: "minute to second" }),
    audioBytes: bigint("audio_bytes", { mode: "bigint" }),
    ...publishedWindow(),
  },
  (e) => [index(`${t("episodes")}_show_idx`).on(e.showId, e.season.desc(), e.episodeNo.desc())],
);

export const plays = pgTable(
  t("plays"),
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity({ startWith: 1, cache: 100 }),
    episodeId: integer("episode_id").notNull().references(() => episodes.id),
    listenerHash: text("listener_hash").notNull(),
    playedOn: date("played_on").notNull().default(sql`current_date`),
    secondsListened: counter("seconds_listened"),
  },
  (p) => [index(`${t("plays")}_episode_day_idx`).on(p.episodeId, p.playedOn)],
);

export const dailyPlays = pgMaterializedView(t("daily_plays"), {
  episodeId: integer("episode_id"),
  playedOn: date("played_on"),
  plays: bigint("plays", { mode: "number" }),
})
  .with({ fillfactor: 90, autovacuumEnabled: false })
  .withNoData()
  .as(
    sql`select episode_id, played_on, count(*) as plays from ${plays} group by episode_id, played_on`,
  );
