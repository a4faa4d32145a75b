CREATE ROLE "alpha";--> statement-breakpoint
CREATE ROLE "zed";--> statement-breakpoint
CREATE TABLE "t" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "t" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "t_p" ON "t" AS PERMISSIVE FOR ALL TO "Mixed", "alpha", current_user, public, session_user, "zed" USING (true);