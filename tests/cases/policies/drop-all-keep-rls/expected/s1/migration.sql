CREATE TABLE "docs" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "docs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "docs_read" ON "docs" AS PERMISSIVE FOR ALL TO public USING (true);