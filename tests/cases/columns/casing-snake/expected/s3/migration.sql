ALTER TABLE "userProfiles" RENAME COLUMN "first_name" TO "given_name";--> statement-breakpoint
ALTER TABLE "userProfiles" ADD COLUMN "last_login_at" timestamp;