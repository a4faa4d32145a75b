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
    number: integer("number"),
    duration: durationSeconds("duration").notNull().default(0),
    adBreak: interval("ad_break", { fields: "minute to second", precision: 0 }),
        ...publishedWindow(),
  },
  (e) => [index(`${t("episodes")}_show_idx`).on(e.showId, e.season.desc(), e.number.desc())],
);

export const plays = pgTable(
  t("plays"),
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity({ startWith: 1, cache: 100 }),
    episodeId: integer("episode_id").notNull().references(() => episodes.id),
    listenerHash: text("listener_hash").notNull(),
    playedOn: date("played_on").notNull().default(sql`current_date`),
    secondsListened: counter("seconds_listened"),
    client: text("client").default("unknown"),
  },
  (p) => [index(`${t("plays")}_episode_day_idx`).on(p.episodeId, p.playedOn)],
);

export const dailyPlays = pgMaterializedView(t("daily_plays"), {
  episodeId: integer("episode_id"),
  playedOn: date("played_on"),
  plays: bigint("plays", { mode: "number" }),
})
  .with({ fillfactor: 80 })
  .as(
    sql`select episode_id, played_on, count(*) as plays from ${plays} where seconds_listened >= 60 group by episode_id, played_on`,
  );

export const showTotals = pgMaterializedView(t("show_totals")).as((qb) =>
  qb
    .select({
      showId: episodes.showId,
      episodeCount: sql<number>`count(${episodes.id})`.as("episode_count"),
      totalDuration: sql<number>`sum(${episodes.duration})`.as("total_duration"),
    })
    .from(episodes)
    .groupBy(episodes.showId),
);
