CREATE ROLE "reviewer" WITH NOINHERIT;--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" integer,
	"doc_id" integer
);
--> statement-breakpoint
ALTER TABLE "reviews" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "docs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "docs_review" ON "docs" AS PERMISSIVE FOR SELECT TO "reviewer" USING (true);--> statement-breakpoint
CREATE POLICY "reviews_own" ON "reviews" AS PERMISSIVE FOR ALL TO "reviewer" USING (true);