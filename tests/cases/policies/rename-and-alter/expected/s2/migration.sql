ALTER POLICY "docs_read" ON "docs" RENAME TO "docs_select";--> statement-breakpoint
ALTER POLICY "docs_select" ON "docs" TO public USING ("docs"."id" > 0);