DROP POLICY "b_p" ON "b";--> statement-breakpoint
ALTER TABLE "b" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "a_p" ON "a" AS PERMISSIVE FOR ALL TO public USING (true);