CREATE TABLE "items" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "items" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "items_anon" ON "items" AS PERMISSIVE FOR SELECT TO "anon", "service" USING (true);