CREATE TABLE "a" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "a" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "b" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "b" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "read_all" ON "a" AS PERMISSIVE FOR SELECT TO public USING (true);--> statement-breakpoint
CREATE POLICY "read_all" ON "b" AS PERMISSIVE FOR SELECT TO public USING (true);