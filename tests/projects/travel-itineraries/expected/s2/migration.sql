CREATE TABLE "flight_holds" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "flight_holds_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"leg_id" integer,
	"held_until" timestamp(0) NOT NULL,
	"window" interval year to month DEFAULT '1 year 2 months',
	"quiet_hours" time[] DEFAULT '{22:00:00,07:00:00}'::time[],
	"blackout_dates" date[] DEFAULT '{2024-12-24,2024-12-31}'::date[]
);
--> statement-breakpoint
ALTER TABLE "trips" ADD COLUMN "timezone" text DEFAULT 'Europe/Amsterdam' NOT NULL;--> statement-breakpoint
ALTER TABLE "legs" ALTER COLUMN "departs_at" SET DATA TYPE timestamp(3) with time zone USING "departs_at"::timestamp(3) with time zone;--> statement-breakpoint
ALTER TABLE "legs" ALTER COLUMN "arrives_at" SET DATA TYPE timestamp(3) with time zone USING "arrives_at"::timestamp(3) with time zone;--> statement-breakpoint
ALTER TABLE "legs" ALTER COLUMN "local_departure" SET DATA TYPE time(0) USING "local_departure"::time(0);--> statement-breakpoint
ALTER TABLE "legs" ALTER COLUMN "local_arrival" SET DATA TYPE time(0) with time zone USING "local_arrival"::time(0) with time zone;--> statement-breakpoint
ALTER TABLE "legs" ALTER COLUMN "check_in_closes" SET DEFAULT '01:00:00';--> statement-breakpoint
ALTER TABLE "legs" ALTER COLUMN "layover" SET DATA TYPE interval hour to second USING "layover"::interval hour to second;--> statement-breakpoint
ALTER TABLE "legs" ALTER COLUMN "layover" SET DEFAULT '90 minutes';--> statement-breakpoint
ALTER TABLE "legs" ALTER COLUMN "buffer" SET DATA TYPE interval minute to second(4) USING "buffer"::interval minute to second(4);--> statement-breakpoint
ALTER TABLE "trips" ALTER COLUMN "ends_on" SET DEFAULT '2030-12-31';--> statement-breakpoint
ALTER TABLE "trips" ALTER COLUMN "booked_on" SET DEFAULT now();--> statement-breakpoint
ALTER TABLE "trips" ALTER COLUMN "planning_deadline" SET DEFAULT CURRENT_DATE + 14;--> statement-breakpoint
ALTER TABLE "hotel_stays" ALTER COLUMN "check_in_time" SET DEFAULT '14:00';--> statement-breakpoint
ALTER TABLE "hotel_stays" ALTER COLUMN "check_out_time" SET DATA TYPE time(0) USING "check_out_time"::time(0);--> statement-breakpoint
ALTER TABLE "hotel_stays" ALTER COLUMN "confirmed_at" SET DATA TYPE timestamp(6) with time zone USING "confirmed_at"::timestamp(6) with time zone;--> statement-breakpoint
ALTER TABLE "hotel_stays" ALTER COLUMN "confirmed_at" SET DEFAULT '2024-01-15 09:30:00.000+00';--> statement-breakpoint
ALTER TABLE "hotel_stays" ALTER COLUMN "cancel_by" SET DEFAULT now() + interval '1 day';--> statement-breakpoint
ALTER TABLE "flight_holds" ADD CONSTRAINT "flight_holds_leg_id_legs_id_fkey" FOREIGN KEY ("leg_id") REFERENCES "legs"("id") ON DELETE CASCADE;