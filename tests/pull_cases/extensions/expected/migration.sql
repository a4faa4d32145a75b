-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE TABLE "profiles" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"handle" citext NOT NULL CONSTRAINT "profiles_handle_key" UNIQUE,
	"attrs" hstore DEFAULT '',
	"bio" text
);
--> statement-breakpoint
CREATE INDEX "profiles_bio_trgm_idx" ON "profiles" USING gin ("bio" gin_trgm_ops);
*/