DROP POLICY "docs_p" ON "docs";--> statement-breakpoint
CREATE POLICY "docs_p" ON "docs" AS PERMISSIVE FOR DELETE TO public USING (true);