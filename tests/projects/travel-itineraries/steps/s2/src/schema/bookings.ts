import { sql } from "drizzle-orm";
import { date, integer, interval, pgTable, text, time, timestamp } from "drizzle-orm/pg-core";
import { auditColumns } from "./columns";
import { legs } from "./trips";

export const hotelStays = pgTable("hotel_stays", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  legId: integer("leg_id").references(() => legs.id),
  hotel: text("hotel").notNull(),
  checkIn: date("check_in", { mode: "date" }).notNull(),
  checkOut: date("check_out", { mode: "string" }).notNull(),
  checkInTime: time("check_in_time").default("14:00"),
  checkOutTime: time("check_out_time", { precision: 0 }).default(sql`'11:00:00'::time`),
  earlyCheckIn: timestamp("early_check_in", { withTimezone: true, mode: "date" }).default(new Date("2024-06-01T08:00:00Z")),
  confirmedAt: timestamp("confirmed_at", { precision: 6, withTimezone: true }).default(new Date("2024-01-15T09:30:00.000Z")),
  cancelBy: timestamp("cancel_by", { mode: "string" }).default(sql`now() + interval '1 day'`),
  lastSync: timestamp("last_sync", { withTimezone: true }).defaultNow(),
  minStay: interval("min_stay", { fields: "day" }).default("1 day"),
  ...auditColumns,
});

export const flightHolds = pgTable("flight_holds", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  legId: integer("leg_id").references(() => legs.id, { onDelete: "cascade" }),
  heldUntil: timestamp("held_until", { precision: 0, mode: "string" }).notNull(),
  window: interval("window", { fields: "year to month" }).default("1 year 2 months"),
  quietHours: time("quiet_hours").array().default(["22:00:00", "07:00:00"]),
  blackoutDates: date("blackout_dates").array().default(["2024-12-24", "2024-12-31"]),
});
