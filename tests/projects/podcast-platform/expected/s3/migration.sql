DROP MATERIALIZED VIEW "pod_daily_plays";--> statement-breakpoint
ALTER TABLE "pod_episodes" RENAME COLUMN "episode_no" TO "number";--> statement-breakpoint
ALTER TABLE "pod_episodes" DROP COLUMN "audio_bytes";--> statement-breakpoint
ALTER TABLE "pod_episodes" ALTER COLUMN "duration" SET DEFAULT 0;--> statement-breakpoint
ALTER TABLE "pod_episodes" ALTER COLUMN "duration" SET NOT NULL;--> statement-breakpoint
CREATE MATERIALIZED VIEW "pod_daily_plays" WITH (fillfactor = 80) AS (select episode_id, played_on, count(*) as plays from "pod_plays" where seconds_listened >= 60 group by episode_id, played_on);