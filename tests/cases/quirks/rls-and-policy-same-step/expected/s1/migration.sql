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
CREATE POLICY "b_p" ON "b" AS PERMISSIVE FOR ALL TO public USING (true);