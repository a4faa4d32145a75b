ALTER TABLE "pages" DROP CONSTRAINT "pages_tag_id_tags_id_fkey";--> statement-breakpoint
ALTER TABLE "posts" DROP CONSTRAINT "posts_tag_id_tags_id_fkey";--> statement-breakpoint
DROP TABLE "tags";