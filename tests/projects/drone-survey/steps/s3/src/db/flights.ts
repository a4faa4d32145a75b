import { sql } from "drizzle-orm";
import { bit, halfvec, integer, pgTable, sparsevec, text, timestamp, vector } from "drizzle-orm/pg-core";
import { droneStatus, frameQuality } from "./enums";
import { drones } from "./fleet";
import { geography, tsrange } from "./types";

export const flights = pgTable("flights", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  droneId: integer("drone_id").notNull().references(() => drones.id),
  takeoff: geography("takeoff", { type: "Point", srid: 3857 }),
  landing: geography("landing", { type: "Point", srid: 4326 }),
  window: tsrange("window").default(sql`tsrange(now()::timestamp, null)`),
  startedAt: timestamp("started_at", { withTimezone: true }).defaultNow(),
  statusAtStart: droneStatus("status_at_start").default("flying"),
});

export const frames = pgTable("frames", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  flightId: integer("flight_id").references(() => flights.id, { onDelete: "cascade" }),
  embedding: halfvec("embedding", { dimensions: 768 }),
  thumbEmbedding: halfvec("thumb_embedding", { dimensions: 384 }),
  keypoints: sparsevec("keypoints", { dimensions: 20000 }),
  hash: bit("hash", { dimensions: 128 }).default("1010"),
  label: text("label"),
  quality: frameQuality("quality").default("sharp"),
  qualities: frameQuality("qualities").array().array(),
  centroid: vector("centroid", { dimensions: 3 }).default([0.5, -1, 2.25]),
});
