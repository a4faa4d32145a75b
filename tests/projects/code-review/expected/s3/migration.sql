DROP VIEW "open_pulls";--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "commit_sha" char(40);--> statement-breakpoint
ALTER TABLE "collaborators" ADD PRIMARY KEY ("repo_id","user_id");--> statement-breakpoint
ALTER TABLE "reviews" ALTER COLUMN "verdict" SET DATA TYPE text;--> statement-breakpoint
DROP TYPE "review_verdict";--> statement-breakpoint
CREATE TYPE "review_verdict" AS ENUM('commented', 'approved', 'changes_requested');--> statement-breakpoint
ALTER TABLE "reviews" ALTER COLUMN "verdict" SET DATA TYPE "review_verdict" USING "verdict"::"review_verdict";--> statement-breakpoint
ALTER TABLE "repositories" ALTER COLUMN "archived_at" SET DATA TYPE timestamp with time zone USING "archived_at"::timestamp with time zone;--> statement-breakpoint
CREATE VIEW "open_pulls" WITH (check_option = cascaded, security_invoker = true) AS (select id, repo_id, number, title from "pull_requests" where state = 'open');