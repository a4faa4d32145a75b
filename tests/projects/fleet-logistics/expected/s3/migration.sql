ALTER TABLE "fleet"."trip_stops" RENAME TO "stops";--> statement-breakpoint
ALTER TABLE "fleet"."vehicles" DROP CONSTRAINT "vehicles_payload_positive";--> statement-breakpoint
ALTER TABLE "fleet"."depots" ADD COLUMN "location" point;--> statement-breakpoint
ALTER TABLE "fleet"."stops" RENAME CONSTRAINT "trip_stops_pk" TO "stops_pk";--> statement-breakpoint
ALTER TABLE "fleet"."depots" DROP COLUMN "lat";--> statement-breakpoint
ALTER TABLE "fleet"."depots" DROP COLUMN "lng";--> statement-breakpoint
CREATE VIEW "fleet"."active_trips" AS (select "fleet"."trips"."id", "fleet"."trips"."vehicle_id", "fleet"."vehicles"."plate", "fleet"."trips"."departed_at" from "fleet"."trips" inner join "fleet"."vehicles" on "fleet"."vehicles"."id" = "fleet"."trips"."vehicle_id" where (("fleet"."trips"."status" = 'en_route') and (("fleet"."trips"."arrived_at" is null))));