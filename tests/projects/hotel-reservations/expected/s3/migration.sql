ALTER TABLE "stay_nights" DROP CONSTRAINT "stay_nights_pkey";--> statement-breakpoint
ALTER TABLE "stay_nights" ADD PRIMARY KEY ("night","confirmation_code");--> statement-breakpoint
ALTER TABLE "properties" ALTER COLUMN "property_created_at" SET DATA TYPE timestamp(6) with time zone USING "property_created_at"::timestamp(6) with time zone;--> statement-breakpoint
ALTER TABLE "properties" ALTER COLUMN "property_updated_at" SET DATA TYPE timestamp(6) with time zone USING "property_updated_at"::timestamp(6) with time zone;--> statement-breakpoint
ALTER TABLE "reservations" ALTER COLUMN "reservation_created_at" SET DATA TYPE timestamp(6) with time zone USING "reservation_created_at"::timestamp(6) with time zone;--> statement-breakpoint
ALTER TABLE "reservations" ALTER COLUMN "reservation_updated_at" SET DATA TYPE timestamp(6) with time zone USING "reservation_updated_at"::timestamp(6) with time zone;--> statement-breakpoint
ALTER TABLE "rate_plans" DROP CONSTRAINT "rate_plans_code_kind_key";--> statement-breakpoint
ALTER TABLE "rate_plans" ADD CONSTRAINT "rate_plans_code_kind_key" UNIQUE NULLS NOT DISTINCT("property_id","code","room_kind");