import { integer, pgTable } from "drizzle-orm/pg-core";

export const teams = pgTable("teams", { id: integer().primaryKey() });
export const players = pgTable("players", {
  id: integer().primaryKey(),
  teamId: integer("team_id").references(() => teams.id),
});
export const other = pgTable("other", { id: integer() });
