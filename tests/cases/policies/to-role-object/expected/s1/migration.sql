CREATE ROLE "editor";--> statement-breakpoint
CREATE TABLE "articles" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "articles" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "articles_edit" ON "articles" AS PERMISSIVE FOR UPDATE TO "editor" USING (true);