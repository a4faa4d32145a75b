ALTER TABLE "batches" ADD COLUMN "abv_percent" numeric(4,2) DEFAULT '.5';--> statement-breakpoint
ALTER TABLE "batches" ADD COLUMN "bottle_count" integer[] DEFAULT '{12,-1,0}'::integer[];--> statement-breakpoint
ALTER TABLE "batches" ADD COLUMN "sizes" numeric(6,2)[] DEFAULT '{0.33,0.5}'::numeric(6,2)[];--> statement-breakpoint
ALTER TABLE "batches" ADD COLUMN "weights" double precision[] DEFAULT '{1.5,2}'::double precision[];--> statement-breakpoint
ALTER TABLE "gravity_readings" ADD COLUMN "checkpoints" bigint[] DEFAULT '{1,2}'::bigint[];--> statement-breakpoint
ALTER TABLE "gravity_readings" DROP COLUMN "delta_max";--> statement-breakpoint
ALTER TABLE "batches" ALTER COLUMN "lot_number" SET DEFAULT 1000;--> statement-breakpoint
ALTER TABLE "batches" ALTER COLUMN "serial_no" SET DATA TYPE numeric(20) USING "serial_no"::numeric(20);--> statement-breakpoint
ALTER TABLE "batches" ALTER COLUMN "serial_no" SET DEFAULT '-42';--> statement-breakpoint
ALTER TABLE "batches" ALTER COLUMN "volume_liters" SET DATA TYPE numeric USING "volume_liters"::numeric;--> statement-breakpoint
ALTER TABLE "batches" ALTER COLUMN "ph" SET DEFAULT '5.25';--> statement-breakpoint
ALTER TABLE "batches" ALTER COLUMN "tank_pressure" SET DATA TYPE real USING "tank_pressure"::real;--> statement-breakpoint
ALTER TABLE "batches" ALTER COLUMN "tank_pressure" SET DEFAULT 0.000001;--> statement-breakpoint
ALTER TABLE "batches" ALTER COLUMN "fermenter_no" SET DATA TYPE integer USING "fermenter_no"::integer;--> statement-breakpoint
ALTER TABLE "batches" ALTER COLUMN "fermenter_no" SET DEFAULT 1;--> statement-breakpoint
ALTER TABLE "gravity_readings" ALTER COLUMN "gravity" SET DATA TYPE numeric(6,4) USING "gravity"::numeric(6,4);--> statement-breakpoint
ALTER TABLE "gravity_readings" ALTER COLUMN "minutes_since_open" SET DATA TYPE bigint USING "minutes_since_open"::bigint;--> statement-breakpoint
ALTER TABLE "gravity_readings" ALTER COLUMN "minutes_since_open" SET DEFAULT 15;