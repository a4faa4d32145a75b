ALTER TABLE "players" DROP CONSTRAINT "players_team_id_teams_id_fkey";--> statement-breakpoint
DROP TABLE "teams";--> statement-breakpoint
ALTER TABLE "players" DROP COLUMN "team_id";