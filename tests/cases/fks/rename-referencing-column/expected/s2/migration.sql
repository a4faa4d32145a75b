ALTER TABLE "posts" RENAME COLUMN "author_id" TO "writer_id";--> statement-breakpoint
ALTER TABLE "users" RENAME COLUMN "id" TO "user_id";