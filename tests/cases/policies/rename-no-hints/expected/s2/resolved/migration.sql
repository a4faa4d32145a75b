DROP POLICY "docs_read" ON "docs";--> statement-breakpoint
CREATE POLICY "docs_select" ON "docs" AS PERMISSIVE FOR SELECT TO public USING (true);