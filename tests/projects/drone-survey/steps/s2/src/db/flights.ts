import { sql } from "drizzle-orm";
import { bit, halfvec, integer, pgTable, sparsevec, text, timestamp, vector } from "drizzle-orm/pg-core";
import { frameQuality } from "./enums";
import { drones } from "./fleet";
import { geography, tsrange } from "./types";

export const flights = pgTable("flights", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  droneId: integer("drone_id").notNull().references(() => drones.id),
  takeoff: geography("takeoff", { type: "Point", srid: 3857 }),
  landing: geography("landing", { type: "Point", srid: 4326 }),
  window: tsrange("window"),
  startedAt: timestamp("started_at", { withTimezone: true }).defaultNow(),
});

export const frames = pgTable("frames", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  flightId: integer("flight_id").references(() => flights.id, { onDelete: "cascade" }),
  embedding: vector("embedding", { dimensions: 768 }),
  thumbEmbedding: halfvec("thumb_embedding", { dimensions: 256 }),
  keypoints: sparsevec("keypoints", { dimensions: 10000 }),
  hash: bit("hash", { dimensions: 128 }),
  label: text("label"),
  quality: frameQuality("quality").default("ok"),
  qualities: frameQuality("qualities").array().array(),
  centroid: vector("centroid", { dimensions: 3 }).default([0.5, -1, 2]),
});
