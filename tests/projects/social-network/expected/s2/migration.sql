DROP VIEW "feed_view";--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "reply_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "visibility" varchar(16) DEFAULT 'public' NOT NULL;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
CREATE VIEW "feed_view" WITH (security_barrier = true, security_invoker = true) AS (select p.id as post_id, p.author_id, pr.username, p.body, p.like_count, p.created_at from posts p join profiles pr on pr.id = p.author_id where p.repost_of_id is null and p.visibility = 'public');