import { sql } from "drizzle-orm";
import { bytea, cidr, inet, integer, line, macaddr, macaddr8, pgTable, point, text } from "drizzle-orm/pg-core";
import { droneStatus, ops, sensorKind } from "./enums";
import { money } from "./types";

export const drones = pgTable("drones", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  callsign: text("callsign").notNull().unique(),
  status: droneStatus("status").notNull().default("preflight"),
  statusHistory: droneStatus("status_history").array().default(["idle", "retired"]),
  ip: inet("ip").default("2001:db8::1"),
  controlNet: cidr("control_net").default("2001:db8::/32"),
  radioMac: macaddr8("radio_mac").default("08:00:2b:01:02:03:04:05"),
  bleMac: macaddr8("ble_mac"),
  home: point("home", { mode: "xy" }).default({ x: -0.5, y: 51.5 }),
  dock: point("dock", { mode: "tuple" }).default([4.9, 52.4]),
  firmware: bytea("firmware").default(sql`'\\x00'::bytea`),
  hourlyRate: money("hourly_rate").default(sql`'15.00'::money`),
  allowedNets: cidr("allowed_nets").array().default(["10.0.0.0/8", "192.168.0.0/16"]),
});

export const sensors = ops.table("sensors", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  droneId: integer("drone_id").references(() => drones.id, { onDelete: "cascade" }),
  kind: sensorKind("kind").notNull().default("rgb"),
  kinds: sensorKind("kinds").array().default(["lidar"]),
  serial: text("serial"),
  calibrationLine: line("calibration_line", { mode: "abc" }).default({ a: 2, b: -1.5, c: 0 }),
  horizon: line("horizon", { mode: "tuple" }).default([0, 1, -3]),
});
