CREATE TABLE "other" (
	"id" integer
);
--> statement-breakpoint
CREATE TABLE "players" (
	"id" integer PRIMARY KEY,
	"team_id" integer
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
ALTER TABLE "players" ADD CONSTRAINT "players_team_id_teams_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id");