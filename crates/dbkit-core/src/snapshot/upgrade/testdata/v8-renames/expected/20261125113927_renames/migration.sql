ALTER TABLE "posts" RENAME TO "articles";--> statement-breakpoint
ALTER TABLE "tags" RENAME TO "post_tags";--> statement-breakpoint
ALTER TABLE "users" RENAME COLUMN "name" TO "full_name";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "nick" text;