ALTER MATERIALIZED VIEW "pod_daily_plays" SET (fillfactor = 80);--> statement-breakpoint
ALTER TABLE "pod_plays" ADD COLUMN "client" text DEFAULT 'unknown';--> statement-breakpoint
ALTER TABLE "pod_shows" ADD COLUMN "categories" text[] DEFAULT ARRAY[]::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "pod_shows" ALTER COLUMN "language" SET DATA TYPE varchar(35) USING "language"::varchar(35);--> statement-breakpoint
ALTER TABLE "pod_shows" ALTER COLUMN "language" SET DEFAULT 'en-US';--> statement-breakpoint
ALTER TABLE "pod_shows" ALTER COLUMN "feed_url" SET DEFAULT '';--> statement-breakpoint
ALTER TABLE "pod_shows" ALTER COLUMN "feed_url" SET NOT NULL;--> statement-breakpoint
CREATE MATERIALIZED VIEW "pod_show_totals" AS (select "show_id", count("id") as "episode_count", sum("duration") as "total_duration" from "pod_episodes" group by "pod_episodes"."show_id");