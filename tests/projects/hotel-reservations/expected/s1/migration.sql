CREATE TABLE "properties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"code" varchar(12) NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"name" text NOT NULL,
	"country_code" char(2) NOT NULL,
	"timezone" text DEFAULT 'Europe/Lisbon' NOT NULL,
	"property_created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"property_updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rooms" (
	"property_id" uuid NOT NULL,
	"room_number" text NOT NULL,
	"floor" smallint,
	"kind" text DEFAULT 'double' NOT NULL,
	"max_guests" integer DEFAULT 2 NOT NULL,
	"has_balcony" boolean DEFAULT false NOT NULL,
	"has_bathtub" boolean DEFAULT false NOT NULL,
	"is_accessible" boolean DEFAULT false NOT NULL,
	"pets_allowed" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	CONSTRAINT "rooms_property_number_key" UNIQUE("property_id","room_number"),
	CONSTRAINT "rooms_max_guests_check" CHECK ("max_guests" between 1 and 8)
);
--> statement-breakpoint
CREATE TABLE "guests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" varchar(320),
	"passport_no" varchar(20),
	"guest_created_at" timestamp(0) with time zone DEFAULT now() NOT NULL,
	"guest_updated_at" timestamp(0) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reservations" (
	"confirmation_code" varchar(10) PRIMARY KEY,
	"property_id" uuid NOT NULL,
	"room_number" text NOT NULL,
	"guest_id" uuid NOT NULL,
	"check_in" date NOT NULL,
	"check_out" date NOT NULL,
	"adults" smallint DEFAULT 2 NOT NULL,
	"total" numeric(12,2) DEFAULT '0' NOT NULL,
	"deposit" numeric(12,2),
	"internal_note" text,
	"reservation_created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"reservation_updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stay_nights" (
	"confirmation_code" varchar(10),
	"night" date,
	"rate" numeric(12,2) DEFAULT '0' NOT NULL,
	CONSTRAINT "stay_nights_pkey" PRIMARY KEY("confirmation_code","night")
);
--> statement-breakpoint
CREATE TABLE "rate_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"property_id" uuid NOT NULL,
	"code" text NOT NULL,
	"room_kind" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"low_rate" numeric(12,2),
	"mid_rate" numeric(12,2),
	"high_rate" numeric(12,2),
	"peak_rate" numeric(12,2),
	CONSTRAINT "rate_plans_code_kind_key" UNIQUE("property_id","code","room_kind")
);
--> statement-breakpoint
CREATE INDEX "rooms_property_kind_idx" ON "rooms" ("property_id","kind");--> statement-breakpoint
CREATE INDEX "reservations_dates_idx" ON "reservations" ("property_id","check_in","check_out");--> statement-breakpoint
ALTER TABLE "rooms" ADD CONSTRAINT "rooms_property_id_properties_id_fkey" FOREIGN KEY ("property_id") REFERENCES "properties"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_property_id_properties_id_fkey" FOREIGN KEY ("property_id") REFERENCES "properties"("id");--> statement-breakpoint
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_guest_id_guests_id_fkey" FOREIGN KEY ("guest_id") REFERENCES "guests"("id");--> statement-breakpoint
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_room_fk" FOREIGN KEY ("property_id","room_number") REFERENCES "rooms"("property_id","room_number");--> statement-breakpoint
ALTER TABLE "stay_nights" ADD CONSTRAINT "stay_nights_ISI0vAsAzJfJ_fkey" FOREIGN KEY ("confirmation_code") REFERENCES "reservations"("confirmation_code") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "rate_plans" ADD CONSTRAINT "rate_plans_property_id_properties_id_fkey" FOREIGN KEY ("property_id") REFERENCES "properties"("id") ON DELETE CASCADE;