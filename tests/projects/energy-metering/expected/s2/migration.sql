ALTER SEQUENCE "meter_serial_seq" RENAME TO "meters_serial_seq";--> statement-breakpoint
ALTER TABLE "readings" DROP COLUMN "net_kwh";--> statement-breakpoint
ALTER TABLE "readings" ADD COLUMN "net_kwh" double precision GENERATED ALWAYS AS (import_kwh - coalesce(export_kwh, 0)) STORED;--> statement-breakpoint
ALTER TABLE "meters" ALTER COLUMN "serial" SET DEFAULT nextval('meters_serial_seq');--> statement-breakpoint
ALTER TABLE "meters" ALTER COLUMN "tariff_codes" SET DEFAULT '{STD}'::text[];