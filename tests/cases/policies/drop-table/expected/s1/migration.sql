CREATE TABLE "gone" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "gone" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "keep" (
	"id" integer
);
--> statement-breakpoint
CREATE POLICY "gone_a" ON "gone" AS PERMISSIVE FOR ALL TO public USING (true);--> statement-breakpoint
CREATE POLICY "gone_b" ON "gone" AS PERMISSIVE FOR DELETE TO public USING (false);