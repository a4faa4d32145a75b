CREATE TABLE "posts" (
	"id" integer PRIMARY KEY,
	"tag_id" integer
);
--> statement-breakpoint
CREATE TABLE "tags" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_tag_id_tags_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags"("id");