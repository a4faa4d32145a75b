CREATE TABLE "closures" (
	"resource_id" uuid,
	"day" date,
	"reason" text,
	CONSTRAINT "closures_pkey" PRIMARY KEY("resource_id","day")
);
--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "buffer_before" interval minute DEFAULT '0 minutes' NOT NULL;--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "min_notice" interval hour;--> statement-breakpoint
ALTER TABLE "resources" ALTER COLUMN "buffer_after" SET DATA TYPE interval minute USING "buffer_after"::interval minute;--> statement-breakpoint
ALTER TABLE "resources" ALTER COLUMN "buffer_after" SET DEFAULT '0 minutes';--> statement-breakpoint
ALTER TABLE "closures" ADD CONSTRAINT "closures_resource_id_resources_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "bookings" DROP CONSTRAINT "bookings_max_length", ADD CONSTRAINT "bookings_max_length" CHECK ("ends_at" - "starts_at" <= interval '31 days');