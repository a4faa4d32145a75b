DROP POLICY "docs_read" ON "docs";--> statement-breakpoint
ALTER TABLE "docs" DISABLE ROW LEVEL SECURITY;