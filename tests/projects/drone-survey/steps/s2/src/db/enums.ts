import { pgEnum, pgSchema } from "drizzle-orm/pg-core";

export const ops = pgSchema("ops");

export const droneStatus = pgEnum("drone_status", ["idle", "preflight", "flying", "charging", "maintenance", "retired"]);
export const sensorKind = ops.enum("sensor_kind", ["rgb", "thermal", "lidar", "multispectral"]);
export const frameQuality = ops.enum("frame_quality", ["blurry", "ok", "sharp"]);
