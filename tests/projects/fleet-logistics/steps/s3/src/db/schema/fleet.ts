import { sql } from "drizzle-orm";
import {
  char,
  check,
  integer,
  numeric,
  point,
  smallint,
  text,
  timestamp,
  varchar,
} from "drizzle-orm/pg-core";
import { fleet } from "./_schema";

export const VEHICLE_KINDS = ["van", "box_truck", "semi", "cargo_bike"] as const;
export const vehicleKind = fleet.enum("vehicle_kind", VEHICLE_KINDS);

export const depotCode = fleet.sequence("depot_code_seq", {
  startWith: 1000,
  increment: 25,
  minValue: 1000,
  maxValue: 999999,
  cache: 20,
});

export const depots = fleet.table("depots", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity({ startWith: 100, increment: 5, cache: 50 }),
  code: integer("code").notNull().default(sql`nextval('fleet.depot_code_seq')`),
  name: varchar("name", { length: 120 }).notNull(),
  countryCode: char("country_code", { length: 2 }).notNull().default("DE"),
  location: point("location", { mode: "xy" }),
  openedAt: timestamp("opened_at", { precision: 3, withTimezone: true, mode: "string" }).defaultNow(),
});

export const vehicles = fleet.table(
  "vehicles",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity({ maxValue: 2147483000 }),
    vin: char("vin", { length: 17 }).notNull().unique("vehicles_vin_key"),
    plate: varchar("plate", { length: 12 }).notNull(),
    kind: vehicleKind("kind").notNull().default("box_truck"),
    depotId: integer("depot_id").references(() => depots.id, { onDelete: "set null", onUpdate: "cascade" }),
    payloadKg: numeric("payload_kg", { precision: 8, scale: 1, mode: "number" }).notNull(),
    axles: smallint("axles").notNull().default(2),
    notes: varchar("notes", { length: 500 }),
    retiredAt: timestamp("retired_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    check("vehicles_axles_check", sql`${t.axles} between 2 and 6`),
  ],
);
