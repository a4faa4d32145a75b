ALTER TABLE "members" RENAME COLUMN "emailAddress" TO "email_address";--> statement-breakpoint
ALTER TABLE "members" RENAME COLUMN "postCount" TO "post_count";--> statement-breakpoint
ALTER TABLE "members" RENAME COLUMN "isModerator" TO "is_moderator";--> statement-breakpoint
ALTER TABLE "members" RENAME COLUMN "joinedAt" TO "joined_at";--> statement-breakpoint
ALTER TABLE "members" RENAME COLUMN "lastSeenAt" TO "last_seen_at";--> statement-breakpoint
ALTER TABLE "subscriptions" ALTER COLUMN "notify" SET DEFAULT 'daily';--> statement-breakpoint
ALTER TABLE "members" DROP CONSTRAINT "members_post_count_check", ADD CONSTRAINT "members_post_count_check" CHECK ("post_count" >= 0);