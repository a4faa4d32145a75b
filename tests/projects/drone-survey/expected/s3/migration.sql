ALTER TYPE "ops"."sensor_kind" ADD VALUE 'radar';--> statement-breakpoint
ALTER TABLE "flights" ADD COLUMN "status_at_start" "drone_status" DEFAULT 'flying'::"drone_status";--> statement-breakpoint
ALTER TABLE "flights" ALTER COLUMN "window" SET DEFAULT tsrange(now()::timestamp, null);--> statement-breakpoint
ALTER TABLE "frames" ALTER COLUMN "embedding" SET DATA TYPE halfvec(768) USING "embedding"::halfvec(768);--> statement-breakpoint
ALTER TABLE "frames" ALTER COLUMN "thumb_embedding" SET DATA TYPE halfvec(384) USING "thumb_embedding"::halfvec(384);--> statement-breakpoint
ALTER TABLE "frames" ALTER COLUMN "keypoints" SET DATA TYPE sparsevec(20000) USING "keypoints"::sparsevec(20000);--> statement-breakpoint
ALTER TABLE "frames" ALTER COLUMN "hash" SET DEFAULT '1010';--> statement-breakpoint
ALTER TABLE "frames" ALTER COLUMN "quality" SET DEFAULT 'sharp'::"ops"."frame_quality";--> statement-breakpoint
ALTER TABLE "frames" ALTER COLUMN "centroid" SET DEFAULT '[0.5,-1,2.25]';