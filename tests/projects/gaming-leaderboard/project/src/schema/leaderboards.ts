import { desc, sql } from "drizzle-orm";
import { bigint, date, integer, pgMaterializedView, pgTable, primaryKey, uniqueIndex } from "drizzle-orm/pg-core";
import { matchPlayers } from "./matches";
import { players, region } from "./players";

export const seasons = pgTable("seasons", {
  id: integer("id").primaryKey().generatedByDefaultAsIdentity({ startWith: 1 }),
  startsOn: date("starts_on", { mode: "date" }).notNull(),
  endsOn: date("ends_on", { mode: "date" }),
});

export const seasonRatings = pgTable(
  "season_ratings",
  {
    seasonId: integer("season_id").notNull().references(() => seasons.id),
    playerId: bigint("player_id", { mode: "bigint" }).notNull().references(() => players.id),
    rating: integer("rating").notNull().default(1500),
    peak: integer("peak").notNull().default(1500),
  },
  (t) => [
    primaryKey({ name: "season_ratings_pk", columns: [t.seasonId, t.playerId] }),
    uniqueIndex("season_ratings_top_idx").on(t.seasonId, t.rating.desc(), t.playerId),
  ],
);

export const topPlayers = pgMaterializedView("top_players")
  .with({ fillfactor: 100 })
  .as((qb) =>
    qb
      .select({
        playerId: matchPlayers.playerId,
        totalScore: sql<number>`sum(${matchPlayers.score})`.as("total_score"),
      })
      .from(matchPlayers)
      .groupBy(matchPlayers.playerId)
      .orderBy(desc(sql`total_score`))
      .limit(100),
  );

export { region };
