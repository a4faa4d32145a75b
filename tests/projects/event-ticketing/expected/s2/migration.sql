CREATE TABLE "waitlist" (
	"event_id" uuid,
	"email" varchar(255),
	"quantity" integer DEFAULT 1 NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	"notified_at" timestamp with time zone,
	CONSTRAINT "waitlist_pkey" PRIMARY KEY("event_id","email")
);
--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "holder_name" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "transferred_from" uuid;--> statement-breakpoint
ALTER TABLE "orders" ALTER COLUMN "reserved_until" SET DEFAULT now() + interval '10 minutes';--> statement-breakpoint
ALTER TABLE "waitlist" ADD CONSTRAINT "waitlist_event_id_events_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE;