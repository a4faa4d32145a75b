-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE SCHEMA "secure";
--> statement-breakpoint
CREATE TABLE "notes" (
	"id" serial PRIMARY KEY,
	"owner" text DEFAULT CURRENT_USER NOT NULL,
	"body" text,
	"published" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "policy_without_rls" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "policy_without_rls" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "rls_no_policies" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "rls_no_policies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "secure"."docs" (
	"id" integer PRIMARY KEY,
	"tenant" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "secure"."docs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "Notes Mixed" ON "notes" AS PERMISSIVE FOR ALL TO "app_reader", "app_writer" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "notes_delete" ON "notes" AS PERMISSIVE FOR DELETE TO public USING (false);--> statement-breakpoint
CREATE POLICY "notes_insert" ON "notes" AS RESTRICTIVE FOR INSERT TO "app_reader", "app_writer" WITH CHECK ((owner = CURRENT_USER));--> statement-breakpoint
CREATE POLICY "notes_owner" ON "notes" AS PERMISSIVE FOR ALL TO public USING ((owner = CURRENT_USER));--> statement-breakpoint
CREATE POLICY "notes_read" ON "notes" AS PERMISSIVE FOR SELECT TO "app_reader" USING (published);--> statement-breakpoint
CREATE POLICY "notes_update" ON "notes" AS PERMISSIVE FOR UPDATE TO "app_writer" USING ((owner = CURRENT_USER)) WITH CHECK ((body IS NOT NULL));--> statement-breakpoint
CREATE POLICY "lonely" ON "policy_without_rls" AS PERMISSIVE FOR ALL TO public USING (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "secure"."docs" AS PERMISSIVE FOR ALL TO public USING ((tenant = (current_setting('app.tenant'::text))::integer));
*/