CREATE TYPE "listing_kind" AS ENUM('sale', 'rent');--> statement-breakpoint
CREATE TYPE "property_type" AS ENUM('apartment', 'house', 'land', 'commercial');--> statement-breakpoint
CREATE TABLE "agencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"name" text NOT NULL,
	"phone" varchar(32),
	"office" geometry(point,4326),
	"service_area" geometry(point,4326)
);
--> statement-breakpoint
CREATE TABLE "listings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"agency_id" uuid,
	"kind" "listing_kind" NOT NULL,
	"property_type" "property_type" NOT NULL,
	"title" varchar(160) NOT NULL,
	"description" text,
	"price" numeric(14,2) NOT NULL,
	"area_sqm" real,
	"rooms" smallint,
	"photos" text[] DEFAULT '{}'::text[] NOT NULL,
	"location" geometry(point,4326) NOT NULL,
	"postal_code" varchar(10),
	"listed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"view_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "listings_price_positive" CHECK ("price" > 0)
);
--> statement-breakpoint
CREATE TABLE "saved_searches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_email" text NOT NULL,
	"filters" jsonb NOT NULL,
	"max_price" numeric(14,2),
	"radius_meters" integer DEFAULT 2000,
	"last_notified_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "agencies_service_area_gist" ON "agencies" USING gist ("service_area");--> statement-breakpoint
CREATE INDEX "listings_location_gist" ON "listings" USING gist ("location");--> statement-breakpoint
CREATE INDEX "listings_kind_price_idx" ON "listings" ("kind","price");--> statement-breakpoint
ALTER TABLE "listings" ADD CONSTRAINT "listings_agency_id_agencies_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE SET NULL;