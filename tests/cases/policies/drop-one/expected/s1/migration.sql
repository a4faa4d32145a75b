CREATE TABLE "docs" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "docs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "docs_a" ON "docs" AS PERMISSIVE FOR SELECT TO public USING (true);--> statement-breakpoint
CREATE POLICY "docs_b" ON "docs" AS PERMISSIVE FOR INSERT TO public WITH CHECK (true);