ALTER TABLE "reservations" ADD COLUMN "id" uuid DEFAULT gen_random_uuid();--> statement-breakpoint
ALTER TABLE "rooms" ADD CONSTRAINT "rooms_pk" PRIMARY KEY("property_id","room_number");--> statement-breakpoint
ALTER TABLE "reservations" DROP CONSTRAINT "reservations_pkey";--> statement-breakpoint
ALTER TABLE "reservations" ADD PRIMARY KEY ("id");--> statement-breakpoint
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_confirmation_code_key" UNIQUE("confirmation_code");