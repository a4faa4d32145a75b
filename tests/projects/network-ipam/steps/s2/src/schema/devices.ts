import { cidr, index, inet, integer, macaddr8, pgTable, smallint, text, varchar } from "drizzle-orm/pg-core";
import { ipAddresses } from "./ipam";
import { racks } from "./sites";

export const devices = pgTable("devices", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  hostname: varchar("hostname", { length: 253 }).notNull().unique(),
  rackId: integer("rack_id").references(() => racks.id, { onDelete: "set null" }),
  rackPosition: smallint("rack_position"),
  serial: text("serial"),
  managementIp: inet("management_ip"),
});

export const interfaces = pgTable(
  "interfaces",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    deviceId: integer("device_id")
      .notNull()
      .references(() => devices.id, { onDelete: "cascade" }),
    name: varchar("name", { length: 64 }).notNull(),
    macAddress: macaddr8("mac_address"),
    allowedNetworks: cidr("allowed_networks").array(),
    mtu: integer("mtu").default(1500),
    primaryIpId: integer("primary_ip_id").references(() => ipAddresses.id, { onDelete: "set null" }),
  },
  (t) => [index("interfaces_mac_idx").on(t.macAddress)],
);
