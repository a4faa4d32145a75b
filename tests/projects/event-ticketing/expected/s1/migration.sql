CREATE TYPE "event_status" AS ENUM('draft', 'on_sale', 'sold_out', 'cancelled', 'past');--> statement-breakpoint
CREATE TYPE "order_state" AS ENUM('reserved', 'paid', 'expired', 'refunded');--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"venue_id" uuid NOT NULL,
	"title" varchar(200) NOT NULL,
	"description" text,
	"status" "event_status" DEFAULT 'draft'::"event_status" NOT NULL,
	"doors_at" timestamp with time zone NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"sales_start_at" timestamp with time zone,
	"min_age" integer,
	CONSTRAINT "events_doors_before_start" CHECK ("doors_at" <= "starts_at")
);
--> statement-breakpoint
CREATE TABLE "ticket_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"event_id" uuid NOT NULL,
	"name" varchar(80) NOT NULL,
	"price" numeric(10,2) NOT NULL,
	"fee" numeric(10,2) DEFAULT '0' NOT NULL,
	"quantity" integer NOT NULL,
	"sold" integer DEFAULT 0 NOT NULL,
	"max_per_order" integer DEFAULT 8 NOT NULL,
	CONSTRAINT "ticket_types_not_oversold" CHECK ("sold" <= "quantity")
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"event_id" uuid NOT NULL,
	"buyer_email" varchar(255) NOT NULL,
	"state" "order_state" DEFAULT 'reserved'::"order_state" NOT NULL,
	"total" numeric(12,2) NOT NULL,
	"reserved_until" timestamp with time zone DEFAULT now() + interval '15 minutes' NOT NULL,
	"payment_intent_id" text UNIQUE,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"order_id" uuid NOT NULL,
	"ticket_type_id" uuid NOT NULL,
	"section_id" uuid,
	"seat_row" integer,
	"seat_number" integer,
	"barcode" varchar(32) NOT NULL UNIQUE,
	"scanned_at" timestamp with time zone,
	CONSTRAINT "tickets_seat_key" UNIQUE("section_id","seat_row","seat_number")
);
--> statement-breakpoint
CREATE TABLE "seat_sections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"venue_id" uuid NOT NULL,
	"name" varchar(40) NOT NULL,
	"rows" integer NOT NULL,
	"seats_per_row" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "venues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"name" text NOT NULL,
	"city" text NOT NULL,
	"country_code" varchar(2) NOT NULL,
	"capacity" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "events_on_sale_idx" ON "events" ("starts_at") WHERE "status" = 'on_sale';--> statement-breakpoint
CREATE INDEX "orders_expiring_idx" ON "orders" ("reserved_until") WHERE "state" = 'reserved';--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_venue_id_venues_id_fkey" FOREIGN KEY ("venue_id") REFERENCES "venues"("id");--> statement-breakpoint
ALTER TABLE "ticket_types" ADD CONSTRAINT "ticket_types_event_id_events_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_event_id_events_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id");--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_order_id_orders_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_ticket_type_id_ticket_types_id_fkey" FOREIGN KEY ("ticket_type_id") REFERENCES "ticket_types"("id");--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_section_id_seat_sections_id_fkey" FOREIGN KEY ("section_id") REFERENCES "seat_sections"("id");--> statement-breakpoint
ALTER TABLE "seat_sections" ADD CONSTRAINT "seat_sections_venue_id_venues_id_fkey" FOREIGN KEY ("venue_id") REFERENCES "venues"("id") ON DELETE CASCADE;