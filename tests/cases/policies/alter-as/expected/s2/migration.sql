DROP POLICY "docs_p" ON "docs";--> statement-breakpoint
CREATE POLICY "docs_p" ON "docs" AS RESTRICTIVE FOR ALL TO public USING (true);