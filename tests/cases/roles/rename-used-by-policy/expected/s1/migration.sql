CREATE ROLE "old_role";--> statement-breakpoint
CREATE TABLE "t" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "t" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "t_p" ON "t" AS PERMISSIVE FOR ALL TO "old_role" USING (true);