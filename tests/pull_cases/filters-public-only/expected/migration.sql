-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE TYPE "plan" AS ENUM('free', 'pro');--> statement-breakpoint
CREATE TABLE "profiles" (
	"id" uuid PRIMARY KEY,
	"role" "auth"."role" DEFAULT 'member'::"auth"."role" NOT NULL,
	"plan" "plan" DEFAULT 'free'::"plan" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "profiles" ADD CONSTRAINT "profiles_id_fkey" FOREIGN KEY ("id") REFERENCES "auth"."users"("id") ON DELETE CASCADE;--> statement-breakpoint
CREATE VIEW "pro_profiles" AS (SELECT profiles.id FROM profiles WHERE profiles.plan = 'pro'::plan);
*/