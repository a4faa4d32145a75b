import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  numeric,
  interval,
  pgTable,
  primaryKey,
  smallint,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { players, region } from "./players";

export const matches = pgTable(
  "matches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    region: region("region").notNull(),
    mode: smallint("mode").notNull(),
    ranked: boolean("ranked").notNull().default(true),
    startedAt: timestamp("started_at", { withTimezone: true, precision: 3 }).notNull(),
    length: interval("length", { fields: "hour to second", precision: 3 }),
  },
  (t) => [index("matches_ranked_started_idx").on(t.startedAt.desc()).where(sql`${t.ranked}`)],
);

export const matchPlayers = pgTable(
  "match_players",
  {
    matchId: uuid("match_id").notNull().references(() => matches.id, { onDelete: "cascade" }),
    playerId: bigint("player_id", { mode: "bigint" }).notNull().references(() => players.id, { onDelete: "cascade" }),
    team: smallint("team").notNull(),
    score: integer("score").notNull().default(0),
    kills: smallint("kills").notNull().default(0),
    deaths: smallint("deaths").notNull().default(0),
    kdr: numeric("kdr", { precision: 6, scale: 2 }).generatedAlwaysAs(sql`case when deaths = 0 then kills::numeric else round(kills::numeric / deaths, 2) end`),
    assists: smallint("assists").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.matchId, t.playerId] }),
    index("match_players_player_idx").on(t.playerId, t.score.desc().nullsFirst()),
  ],
);
