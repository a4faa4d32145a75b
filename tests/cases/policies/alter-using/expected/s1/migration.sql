CREATE TABLE "docs" (
	"id" integer,
	"owner" integer
);
--> statement-breakpoint
ALTER TABLE "docs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "docs_own" ON "docs" AS PERMISSIVE FOR UPDATE TO public USING ("docs"."owner" = 1) WITH CHECK ("docs"."owner" = 1);