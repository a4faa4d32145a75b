ALTER TABLE "players" DROP CONSTRAINT "players_team_id_teams_id_fkey";--> statement-breakpoint
DROP TABLE "players";--> statement-breakpoint
DROP TABLE "teams";