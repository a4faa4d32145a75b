-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE TABLE "notes" (
	"id" serial PRIMARY KEY,
	"body" text
);
--> statement-breakpoint
ALTER TABLE "notes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "comma" ON "notes" AS PERMISSIVE FOR SELECT TO ""comma", "role"" USING (true);--> statement-breakpoint
CREATE POLICY "mixed" ON "notes" AS PERMISSIVE FOR SELECT TO ""Mixed Role"", "app_reader" USING (true);--> statement-breakpoint
CREATE POLICY "plain" ON "notes" AS PERMISSIVE FOR SELECT TO "app_reader" USING (true);
*/