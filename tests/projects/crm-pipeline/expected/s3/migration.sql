ALTER TYPE "activity_kind" ADD VALUE 'sms';--> statement-breakpoint
DROP MATERIALIZED VIEW "pipeline_summary";--> statement-breakpoint
ALTER TABLE "deals" ADD COLUMN "lost_reason" text;--> statement-breakpoint
CREATE INDEX CONCURRENTLY "deals_expected_close_idx" ON "deals" ("expected_close");--> statement-breakpoint
CREATE MATERIALIZED VIEW "pipeline_summary" AS (select stage_id, count(*)::int as deals, coalesce(sum(amount), 0) as total from deals where archived_at is null and amount is not null group by stage_id);