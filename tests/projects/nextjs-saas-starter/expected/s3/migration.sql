ALTER TABLE "teams" ADD COLUMN "trial_ends_at" timestamp;--> statement-breakpoint
CREATE UNIQUE INDEX "team_members_team_user_uidx" ON "team_members" ("team_id","user_id");