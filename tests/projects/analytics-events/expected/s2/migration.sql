ALTER TABLE "sessions" ADD COLUMN "is_bounce" boolean GENERATED ALWAYS AS (pageviews <= 1) STORED;--> statement-breakpoint
ALTER TABLE "events" ALTER COLUMN "id" SET CACHE 100;--> statement-breakpoint
CREATE INDEX "events_occurred_brin_idx" ON "events" USING brin ("occurred_at") WITH (pages_per_range=32);--> statement-breakpoint
CREATE INDEX "events_revenue_idx" ON "events" ("site_id","occurred_at") WHERE "revenue_cents" is not null and "revenue_cents" > 0;