CREATE ROLE "temp_role";--> statement-breakpoint
CREATE TABLE "t" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "t" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "t_temp" ON "t" AS PERMISSIVE FOR ALL TO "temp_role" USING (true);