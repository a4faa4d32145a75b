ALTER TABLE "posts" DROP CONSTRAINT "posts_author_id_users_id_fkey";--> statement-breakpoint
ALTER TABLE "posts" DROP CONSTRAINT "posts_reviewer_fk";