ALTER TYPE "goal_kind" ADD VALUE 'scroll_depth';--> statement-breakpoint
CREATE TABLE "daily_stats" (
	"site_id" uuid,
	"day" date,
	"pathname" text DEFAULT '*',
	"visitors" integer DEFAULT 0 NOT NULL,
	"pageviews" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_stats_pk" PRIMARY KEY("site_id","day","pathname")
);
--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "scroll_threshold" integer;--> statement-breakpoint
ALTER TABLE "daily_stats" ADD CONSTRAINT "daily_stats_site_id_sites_id_fkey" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE CASCADE;--> statement-breakpoint
CREATE MATERIALIZED VIEW "hourly_events" WITH (fillfactor = 100) AS (select "site_id", date_trunc('hour', "occurred_at") as "hour", "name", count(*) as "total" from "events" group by "events"."site_id", 2, "events"."name") WITH NO DATA;