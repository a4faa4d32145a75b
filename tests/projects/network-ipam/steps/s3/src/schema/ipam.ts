import { sql } from "drizzle-orm";
import { boolean, cidr, index, inet, integer, pgEnum, pgTable, smallint, text, timestamp, unique } from "drizzle-orm/pg-core";
import { sites } from "./sites";

export const prefixStatus = pgEnum("prefix_status", ["container", "active", "reserved", "deprecated"]);

export const vlans = pgTable(
  "vlans",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    siteId: integer("site_id").references(() => sites.id),
    vid: smallint("vid").notNull(),
    name: text("name").notNull(),
  },
  (t) => [unique("vlans_site_vid_key").on(t.siteId, t.vid)],
);

export const prefixes = pgTable(
  "prefixes",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    prefix: cidr("prefix").notNull(),
    status: prefixStatus("status").notNull().default("active"),
    vlanId: integer("vlan_id").references(() => vlans.id, { onDelete: "set null" }),
    isPool: boolean("is_pool").notNull().default(false),
    description: text("description"),
  },
  (t) => [
    index("prefixes_prefix_gist_idx").using("gist", t.prefix.op("inet_ops")).where(sql`${t.status} <> 'deprecated'`),
    index("prefixes_vlan_idx").on(t.vlanId),
  ],
);

export const ipAddresses = pgTable(
  "ip_addresses",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    address: inet("address").notNull(),
    prefixId: integer("prefix_id").references(() => prefixes.id, { onDelete: "set null" }),
    dnsName: text("dns_name"),
    isGateway: boolean("is_gateway").notNull().default(false),
    natOutside: inet("nat_outside"),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).defaultNow(),
  },
  (t) => [
    index("ip_addresses_address_idx").on(t.address),
    index("ip_addresses_family_idx").on(sql`family(${t.address})`),
  ],
);
