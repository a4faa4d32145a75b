import { sql } from "drizzle-orm";
import {
  foreignKey,
  index,
  integer,
  interval,
  numeric,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { fleet } from "./_schema";
import { depots, vehicles } from "./fleet";

export const tripStatus = fleet.enum("trip_status", ["planned", "en_route", "delivered", "cancelled"]);

export const routes = fleet.table("routes", {
  id: uuid("id").primaryKey().defaultRandom(),
  originDepotId: integer("origin_depot_id").notNull().references(() => depots.id),
  destinationDepotId: integer("destination_depot_id").notNull().references(() => depots.id),
  distanceKm: numeric("distance_km", { precision: 7, scale: 2 }).notNull(),
  expectedDuration: interval("expected_duration", { fields: "hour to minute" }),
});

export const trips = fleet.table(
  "trips",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    routeId: uuid("route_id").notNull(),
    vehicleId: integer("vehicle_id").notNull(),
    status: tripStatus("status").notNull().default("planned"),
    departedAt: timestamp("departed_at", { precision: 0, withTimezone: true }),
    arrivedAt: timestamp("arrived_at", { precision: 0, withTimezone: true }),
    driverName: text("driver_name"),
  },
  (t) => [
    foreignKey({ name: "trips_route_fk", columns: [t.routeId], foreignColumns: [routes.id] })
      .onDelete("restrict")
      .onUpdate("cascade"),
    foreignKey({ name: "trips_vehicle_fk", columns: [t.vehicleId], foreignColumns: [vehicles.id] }).onDelete("cascade"),
    index("trips_vehicle_departed_idx").on(t.vehicleId, t.departedAt.desc().nullsFirst()),
  ],
);

export const tripStops = fleet.table(
  "trip_stops",
  {
    tripId: uuid("trip_id").notNull().references(() => trips.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    address: text("address").notNull(),
    dwell: interval("dwell", { fields: "day to second", precision: 0 }).default("15 minutes"),
    eta: timestamp("eta", { withTimezone: true, mode: "string" }),
  },
  (t) => [primaryKey({ name: "trip_stops_pk", columns: [t.tripId, t.seq] })],
);
