CREATE TABLE "docs" (
	"id" integer,
	"owner" integer
);
--> statement-breakpoint
ALTER TABLE "docs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "docs_perm" ON "docs" AS PERMISSIVE FOR ALL TO public USING (true);--> statement-breakpoint
CREATE POLICY "docs_restr" ON "docs" AS RESTRICTIVE FOR ALL TO public USING ("docs"."owner" = 1);