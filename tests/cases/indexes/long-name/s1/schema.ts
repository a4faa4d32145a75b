import { index, integer, pgTable } from "drizzle-orm/pg-core";

export const measurements = pgTable("sensor_measurement_history_records", {
  deviceIdentifier: integer("device_identifier"),
  measurementTimestamp: integer("measurement_timestamp"),
  calibrationVersion: integer("calibration_version"),
}, (t) => [
  index().on(t.deviceIdentifier, t.measurementTimestamp, t.calibrationVersion),
  index().on(t.deviceIdentifier),
]);
