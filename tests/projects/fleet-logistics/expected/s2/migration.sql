ALTER SEQUENCE "fleet"."depot_code_seq" INCREMENT BY 25 MINVALUE 1000 MAXVALUE 999999 START WITH 1000 CACHE 20;--> statement-breakpoint
ALTER TABLE "fleet"."trips" RENAME COLUMN "driver_name" TO "driver_full_name";--> statement-breakpoint
ALTER TABLE "fleet"."vehicles" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "fleet"."depots" ALTER COLUMN "id" SET CACHE 50;--> statement-breakpoint
ALTER TABLE "fleet"."vehicles" ALTER COLUMN "kind" SET DEFAULT 'box_truck'::"fleet"."vehicle_kind";--> statement-breakpoint
ALTER TABLE "fleet"."vehicles" ALTER COLUMN "notes" SET DATA TYPE varchar(500) USING "notes"::varchar(500);--> statement-breakpoint
ALTER TABLE "fleet"."routes" ALTER COLUMN "expected_duration" SET DEFAULT '1 hour';--> statement-breakpoint
ALTER TABLE "fleet"."routes" ALTER COLUMN "expected_duration" SET NOT NULL;