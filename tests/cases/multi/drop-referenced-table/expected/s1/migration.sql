CREATE TABLE "pages" (
	"id" integer PRIMARY KEY,
	"tag_id" integer
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"id" integer PRIMARY KEY,
	"tag_id" integer
);
--> statement-breakpoint
CREATE TABLE "tags" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
ALTER TABLE "pages" ADD CONSTRAINT "pages_tag_id_tags_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_tag_id_tags_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags"("id");