CREATE TABLE "docs" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "docs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "docs_default" ON "docs" AS PERMISSIVE FOR ALL TO public;