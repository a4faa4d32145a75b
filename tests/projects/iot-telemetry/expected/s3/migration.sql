ALTER TYPE "severity" RENAME TO "alert_severity";--> statement-breakpoint
CREATE TABLE "readings_hourly" (
	"device_id" uuid,
	"metric" varchar(32),
	"hour" timestamp with time zone,
	"min_value" double precision NOT NULL,
	"max_value" double precision NOT NULL,
	"avg_value" double precision NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "readings_hourly_pkey" PRIMARY KEY("device_id","metric","hour")
);
--> statement-breakpoint
ALTER TABLE "readings_hourly" ADD CONSTRAINT "readings_hourly_device_id_devices_id_fkey" FOREIGN KEY ("device_id") REFERENCES "devices"("id") ON DELETE CASCADE;