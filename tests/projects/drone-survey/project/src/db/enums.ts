import { pgEnum, pgSchema } from "drizzle-orm/pg-core";

export const ops = pgSchema("ops");

export const droneStatus = pgEnum("drone_status", ["idle", "flying", "charging", "maintenance"]);
export const sensorKind = ops.enum("sensor_kind", ["rgb", "thermal", "lidar", "multispectral"]);
