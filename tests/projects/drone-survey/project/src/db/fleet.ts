import { sql } from "drizzle-orm";
import { bytea, cidr, inet, integer, line, macaddr, macaddr8, pgTable, point, text } from "drizzle-orm/pg-core";
import { droneStatus, ops, sensorKind } from "./enums";
import { money } from "./types";

export const drones = pgTable("drones", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  callsign: text("callsign").notNull().unique(),
  status: droneStatus("status").notNull().default("idle"),
  statusHistory: droneStatus("status_history").array().default(["idle"]),
  ip: inet("ip").default("10.0.0.1"),
  controlNet: cidr("control_net").default("10.0.0.0/24"),
  radioMac: macaddr("radio_mac").default("08:00:2b:01:02:03"),
  bleMac: macaddr8("ble_mac"),
  home: point("home", { mode: "xy" }).default({ x: 4.895, y: 52.37 }),
  dock: point("dock").default([4.9, 52.4]),
  firmware: bytea("firmware"),
  hourlyRate: money("hourly_rate").default(sql`'12.50'::money`),
});

export const sensors = ops.table("sensors", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  droneId: integer("drone_id").references(() => drones.id, { onDelete: "cascade" }),
  kind: sensorKind("kind").notNull(),
  kinds: sensorKind("kinds").array().default(["rgb", "thermal"]),
  serial: text("serial"),
  calibrationLine: line("calibration_line", { mode: "abc" }).default({ a: 1, b: -1, c: 0 }),
  horizon: line("horizon").default([0, 1, -2]),
});
