CREATE TYPE "ops"."frame_quality" AS ENUM('blurry', 'ok', 'sharp');--> statement-breakpoint
ALTER TYPE "drone_status" ADD VALUE 'preflight' BEFORE 'flying';--> statement-breakpoint
ALTER TYPE "drone_status" ADD VALUE 'retired';--> statement-breakpoint
ALTER TABLE "drones" ADD COLUMN "allowed_nets" cidr[] DEFAULT '{10.0.0.0/8,192.168.0.0/16}'::cidr[];--> statement-breakpoint
ALTER TABLE "flights" ADD COLUMN "landing" geography(Point,4326);--> statement-breakpoint
ALTER TABLE "frames" ADD COLUMN "quality" "ops"."frame_quality" DEFAULT 'ok'::"ops"."frame_quality";--> statement-breakpoint
ALTER TABLE "frames" ADD COLUMN "qualities" "ops"."frame_quality"[];--> statement-breakpoint
ALTER TABLE "frames" ADD COLUMN "centroid" vector(3) DEFAULT '[0.5,-1,2]';--> statement-breakpoint
ALTER TABLE "drones" ALTER COLUMN "status" SET DEFAULT 'preflight'::"drone_status";--> statement-breakpoint
ALTER TABLE "drones" ALTER COLUMN "status_history" SET DEFAULT '{idle,retired}'::"drone_status"[];--> statement-breakpoint
ALTER TABLE "drones" ALTER COLUMN "ip" SET DEFAULT '2001:db8::1';--> statement-breakpoint
ALTER TABLE "drones" ALTER COLUMN "control_net" SET DEFAULT '2001:db8::/32';--> statement-breakpoint
ALTER TABLE "drones" ALTER COLUMN "radio_mac" SET DATA TYPE macaddr8 USING "radio_mac"::macaddr8;--> statement-breakpoint
ALTER TABLE "drones" ALTER COLUMN "radio_mac" SET DEFAULT '08:00:2b:01:02:03:04:05';--> statement-breakpoint
ALTER TABLE "drones" ALTER COLUMN "home" SET DEFAULT '(-0.5,51.5)';--> statement-breakpoint
ALTER TABLE "drones" ALTER COLUMN "firmware" SET DEFAULT '\x00';--> statement-breakpoint
ALTER TABLE "drones" ALTER COLUMN "hourly_rate" SET DEFAULT '15.00';--> statement-breakpoint
ALTER TABLE "ops"."sensors" ALTER COLUMN "kind" SET DEFAULT 'rgb'::"ops"."sensor_kind";--> statement-breakpoint
ALTER TABLE "ops"."sensors" ALTER COLUMN "kinds" SET DEFAULT '{lidar}'::"ops"."sensor_kind"[];--> statement-breakpoint
ALTER TABLE "ops"."sensors" ALTER COLUMN "calibration_line" SET DEFAULT '{2,-1.5,0}';--> statement-breakpoint
ALTER TABLE "ops"."sensors" ALTER COLUMN "horizon" SET DEFAULT '{0,1,-3}';--> statement-breakpoint
ALTER TABLE "flights" ALTER COLUMN "takeoff" SET DATA TYPE geography(Point,3857) USING "takeoff"::geography(Point,3857);--> statement-breakpoint
ALTER TABLE "frames" ALTER COLUMN "embedding" SET DATA TYPE vector(768) USING "embedding"::vector(768);--> statement-breakpoint
ALTER TABLE "frames" ALTER COLUMN "hash" SET DATA TYPE bit(128) USING "hash"::bit(128);