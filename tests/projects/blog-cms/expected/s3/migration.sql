DROP VIEW "published_posts";--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "spam_score" integer;--> statement-breakpoint
CREATE MATERIALIZED VIEW "tag_counts" AS (select t.id as tag_id, t.name, count(pt.post_id)::int as post_count from tags t left join posts_to_tags pt on pt.tag_id = t.id group by t.id, t.name);--> statement-breakpoint
CREATE VIEW "published_posts" AS (select "id", "title", "slug", "author_id", "published_at", "reading_minutes" from "posts" where "posts"."status" = 'published');