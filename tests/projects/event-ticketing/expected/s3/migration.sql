ALTER TYPE "event_status" ADD VALUE 'announced' BEFORE 'on_sale';--> statement-breakpoint
ALTER TYPE "event_status" ADD VALUE 'postponed' BEFORE 'cancelled';--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "postponed_to" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ticket_types" ADD CONSTRAINT "ticket_types_max_per_order" CHECK ("max_per_order" between 1 and 20);