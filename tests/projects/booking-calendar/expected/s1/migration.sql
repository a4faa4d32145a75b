CREATE TYPE "booking_status" AS ENUM('tentative', 'confirmed', 'cancelled');--> statement-breakpoint
CREATE TYPE "resource_kind" AS ENUM('room', 'desk', 'person', 'equipment');--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"resource_id" uuid NOT NULL,
	"booked_by" varchar(255) NOT NULL,
	"title" text,
	"status" "booking_status" DEFAULT 'tentative'::"booking_status" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"during" tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookings_time_order" CHECK ("ends_at" > "starts_at"),
	CONSTRAINT "bookings_max_length" CHECK ("ends_at" - "starts_at" <= interval '14 days')
);
--> statement-breakpoint
CREATE TABLE "availability_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"resource_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"opens_at" time NOT NULL,
	"closes_at" time NOT NULL,
	CONSTRAINT "availability_rules_weekday" CHECK ("weekday" between 0 and 6),
	CONSTRAINT "availability_rules_order" CHECK ("closes_at" > "opens_at")
);
--> statement-breakpoint
CREATE TABLE "resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"kind" "resource_kind" NOT NULL,
	"name" varchar(120) NOT NULL,
	"capacity" integer,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"slot_length" interval minute DEFAULT '30 minutes' NOT NULL,
	"buffer_after" interval DEFAULT '0' NOT NULL,
	"bookable" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE INDEX "bookings_resource_during_idx" ON "bookings" USING gist ("resource_id","during");--> statement-breakpoint
CREATE INDEX "bookings_starts_idx" ON "bookings" ("starts_at") WHERE "status" <> 'cancelled';--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_resource_id_resources_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "availability_rules" ADD CONSTRAINT "availability_rules_resource_id_resources_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE;