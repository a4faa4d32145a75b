CREATE TABLE "sensor_measurement_history_records" (
	"device_identifier" integer,
	"measurement_timestamp" integer,
	"calibration_version" integer
);
--> statement-breakpoint
CREATE INDEX "sensor_measurement_history_records_device_identifier_measurement_timestamp_calibration_version_index" ON "sensor_measurement_history_records" ("device_identifier","measurement_timestamp","calibration_version");--> statement-breakpoint
CREATE INDEX "sensor_measurement_history_records_device_identifier_index" ON "sensor_measurement_history_records" ("device_identifier");