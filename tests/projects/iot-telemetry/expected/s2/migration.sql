ALTER TABLE "devices" ADD COLUMN "firmware_version" varchar(32);--> statement-breakpoint
ALTER TABLE "devices" ALTER COLUMN "model_id" DROP DEFAULT;--> statement-breakpoint
DROP SEQUENCE "devices_model_id_seq";--> statement-breakpoint
ALTER TABLE "devices" ALTER COLUMN "model_id" SET DATA TYPE smallint USING "model_id"::smallint;--> statement-breakpoint
ALTER TABLE "devices" ALTER COLUMN "model_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "devices" ALTER COLUMN "config" SET DEFAULT '{"interval":30,"batch":true}';--> statement-breakpoint
ALTER TABLE "readings" ALTER COLUMN "id" SET GENERATED ALWAYS;