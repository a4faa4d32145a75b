CREATE TABLE "notes" (
	"id" integer,
	"owner" integer
);
--> statement-breakpoint
ALTER TABLE "notes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "p_all" ON "notes" AS PERMISSIVE FOR ALL TO public USING ("notes"."owner" = 1) WITH CHECK ("notes"."owner" = 1);--> statement-breakpoint
CREATE POLICY "p_select" ON "notes" AS PERMISSIVE FOR SELECT TO public USING (true);--> statement-breakpoint
CREATE POLICY "p_insert" ON "notes" AS PERMISSIVE FOR INSERT TO public WITH CHECK ("notes"."owner" > 0);--> statement-breakpoint
CREATE POLICY "p_update" ON "notes" AS PERMISSIVE FOR UPDATE TO public USING ("notes"."owner" = 1) WITH CHECK ("notes"."owner" = 1);--> statement-breakpoint
CREATE POLICY "p_delete" ON "notes" AS PERMISSIVE FOR DELETE TO public USING ("notes"."owner" = 1);