ALTER TABLE "trips" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "flight_holds" ADD COLUMN "seen_at" timestamp with time zone[] DEFAULT '{}'::timestamp with time zone[];--> statement-breakpoint
ALTER TABLE "hotel_stays" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "legs" ALTER COLUMN "check_in_closes" SET DATA TYPE interval minute USING "check_in_closes"::interval minute;--> statement-breakpoint
ALTER TABLE "legs" ALTER COLUMN "check_in_closes" SET DEFAULT '45 minutes';--> statement-breakpoint
ALTER TABLE "legs" ALTER COLUMN "duration" SET DEFAULT '0';--> statement-breakpoint
ALTER TABLE "legs" ALTER COLUMN "duration" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "legs" ALTER COLUMN "buffer" SET DATA TYPE interval USING "buffer"::interval;--> statement-breakpoint
ALTER TABLE "legs" ALTER COLUMN "grace_days" SET DEFAULT '3 days';--> statement-breakpoint
ALTER TABLE "trips" ALTER COLUMN "starts_on" SET DATA TYPE timestamp USING "starts_on"::timestamp;--> statement-breakpoint
ALTER TABLE "trips" ALTER COLUMN "planning_deadline" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "trips" ALTER COLUMN "created_at" SET DATA TYPE timestamp(3) with time zone USING "created_at"::timestamp(3) with time zone;--> statement-breakpoint
ALTER TABLE "trips" ALTER COLUMN "updated_at" SET DATA TYPE timestamp(3) with time zone USING "updated_at"::timestamp(3) with time zone;--> statement-breakpoint
ALTER TABLE "trips" ALTER COLUMN "updated_at" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "hotel_stays" ALTER COLUMN "check_in_time" SET DATA TYPE time with time zone USING "check_in_time"::time with time zone;--> statement-breakpoint
ALTER TABLE "hotel_stays" ALTER COLUMN "check_in_time" SET DEFAULT '14:00+01';--> statement-breakpoint
ALTER TABLE "hotel_stays" ALTER COLUMN "confirmed_at" SET DATA TYPE timestamp(2) with time zone USING "confirmed_at"::timestamp(2) with time zone;--> statement-breakpoint
ALTER TABLE "hotel_stays" ALTER COLUMN "cancel_by" SET DEFAULT '2025-01-01 00:00:00';--> statement-breakpoint
ALTER TABLE "hotel_stays" ALTER COLUMN "created_at" SET DATA TYPE timestamp(3) with time zone USING "created_at"::timestamp(3) with time zone;--> statement-breakpoint
ALTER TABLE "hotel_stays" ALTER COLUMN "updated_at" SET DATA TYPE timestamp(3) with time zone USING "updated_at"::timestamp(3) with time zone;--> statement-breakpoint
ALTER TABLE "hotel_stays" ALTER COLUMN "updated_at" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "flight_holds" ALTER COLUMN "held_until" SET DATA TYPE timestamp(0) with time zone USING "held_until"::timestamp(0) with time zone;--> statement-breakpoint
ALTER TABLE "flight_holds" ALTER COLUMN "window" SET DEFAULT '1 year 3 months';--> statement-breakpoint
ALTER TABLE "flight_holds" ALTER COLUMN "quiet_hours" SET DATA TYPE time(0)[] USING "quiet_hours"::time(0)[];--> statement-breakpoint
ALTER TABLE "flight_holds" ALTER COLUMN "quiet_hours" SET DEFAULT '{22:00:00,06:30:00}'::time(0)[];