import { bigint, doublePrecision, index, pgTable, real, smallint, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { devices } from "./fleet";

export const readings = pgTable(
  "readings",
  {
    id: bigint("id", { mode: "number" }).generatedByDefaultAsIdentity({ startWith: 1, increment: 1, cache: 1000 }),
    deviceId: uuid("device_id")
      .notNull()
      .references(() => devices.id, { onDelete: "cascade" }),
    metric: varchar("metric", { length: 32 }).notNull(),
    value: doublePrecision("value").notNull(),
    quality: smallint("quality").notNull().default(100),
    samples: real("samples").array(),
    recordedAt: timestamp("recorded_at", { withTimezone: true, precision: 3 }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index("readings_device_metric_time_idx").on(t.deviceId, t.metric, t.recordedAt.desc()),
    index("readings_recorded_brin").using("brin", t.recordedAt),
  ],
);
