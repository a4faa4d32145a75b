CREATE SCHEMA "ledger";
--> statement-breakpoint
ALTER SEQUENCE "inventory"."movement_number_seq" SET SCHEMA "ledger";--> statement-breakpoint
ALTER TABLE "inventory"."movements" SET SCHEMA "ledger";
--> statement-breakpoint
ALTER TABLE "ledger"."movements" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "inventory"."locations" DROP COLUMN "aisle";--> statement-breakpoint
ALTER TABLE "ledger"."movements" ALTER COLUMN "number" SET DEFAULT nextval('ledger.movement_number_seq');--> statement-breakpoint
ALTER TABLE "inventory"."warehouses" ALTER COLUMN "code" SET DATA TYPE varchar(10) USING "code"::varchar(10);