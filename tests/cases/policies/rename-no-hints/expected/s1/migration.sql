CREATE TABLE "docs" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "docs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "docs_read" ON "docs" AS PERMISSIVE FOR SELECT TO public USING (true);