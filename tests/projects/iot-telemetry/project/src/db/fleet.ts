import { sql } from "drizzle-orm";
import {
  doublePrecision,
  index,
  jsonb,
  macaddr,
  pgEnum,
  pgTable,
  smallserial,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";

export const deviceState = pgEnum("device_state", ["provisioned", "online", "offline", "retired"]);

export const deviceModels = pgTable("device_models", {
  id: smallserial("id").primaryKey(),
  vendor: text("vendor").notNull(),
  model: text("model").notNull(),
  firmwareChannel: varchar("firmware_channel", { length: 16 }).notNull().default("stable"),
});

export const devices = pgTable(
  "devices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    modelId: smallserial("model_id").references(() => deviceModels.id),
    serialNumber: varchar("serial_number", { length: 64 }).notNull().unique(),
    mac: macaddr("mac"),
    state: deviceState("state").notNull().default("provisioned"),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    tags: text("tags").array(),
    config: jsonb("config").default(sql`'{"interval": 60}'::jsonb`),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true, precision: 3 }),
  },
  (t) => [index("devices_state_idx").on(t.state).where(sql`${t.state} <> 'retired'`)],
);
