-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE ROLE "pull_admin" WITH CREATEDB CREATEROLE BYPASSRLS CONNECTION LIMIT 5 VALID UNTIL '2030-01-01 00:00:00+00';--> statement-breakpoint
CREATE ROLE "pull_login" WITH NOINHERIT LOGIN;--> statement-breakpoint
CREATE TABLE "t" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
ALTER TABLE "t" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "t_admin" ON "t" AS PERMISSIVE FOR ALL TO "pull_admin" USING (true);
*/