DROP VIEW "open_pulls";--> statement-breakpoint
ALTER TABLE "pull_requests" RENAME COLUMN "head_ref" TO "head_branch";--> statement-breakpoint
ALTER TABLE "review_comments" ADD COLUMN "start_line" integer;--> statement-breakpoint
ALTER TABLE "review_comments" ADD COLUMN "side" text DEFAULT 'RIGHT' NOT NULL;--> statement-breakpoint
ALTER TABLE "requested_reviewers" RENAME CONSTRAINT "requested_reviewers_pkey" TO "requested_reviewers_pk";--> statement-breakpoint
DROP INDEX "pull_requests_merged_idx";--> statement-breakpoint
CREATE INDEX CONCURRENTLY "pull_requests_merged_idx" ON "pull_requests" ("repo_id","merged_at" DESC NULLS LAST);--> statement-breakpoint
CREATE VIEW "open_pulls" AS (select "id", "repo_id", "number", "title" from "pull_requests" where (("pull_requests"."state" = 'open') and (("pull_requests"."merged_at" is null))));