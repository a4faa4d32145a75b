CREATE TABLE "posts" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "posts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "posts_read" ON "posts" AS PERMISSIVE FOR SELECT TO public USING (true);