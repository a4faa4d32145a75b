CREATE TABLE "inbox" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "inbox" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "inbox_insert" ON "inbox" AS PERMISSIVE FOR INSERT TO public WITH CHECK ("inbox"."id" > 0);--> statement-breakpoint
CREATE POLICY "inbox_bare" ON "inbox" AS PERMISSIVE FOR SELECT TO public;