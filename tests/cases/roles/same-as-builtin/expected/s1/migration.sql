CREATE TABLE "t" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "t" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "t_pub" ON "t" AS PERMISSIVE FOR ALL TO public USING (true);