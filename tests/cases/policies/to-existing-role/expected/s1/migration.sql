CREATE TABLE "profiles" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "profiles" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "profiles_auth" ON "profiles" AS PERMISSIVE FOR ALL TO "authenticated" USING (true) WITH CHECK (true);