DROP ROLE "reader";--> statement-breakpoint
DROP MATERIALIZED VIEW "public"."user_stats";--> statement-breakpoint
DROP TABLE "memberships" CASCADE;--> statement-breakpoint
ALTER TABLE "audit"."posts" DROP CONSTRAINT "posts_author_id_body_unique";--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "age_check";--> statement-breakpoint
ALTER TABLE "audit"."posts" DROP COLUMN "rating";--> statement-breakpoint
ALTER POLICY "users_read" ON "users" TO admin USING ("users"."active");