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
  checkInTime: time("check_in_time", { withTimezone: true }).default("14:00+01"),
  checkOutTime: time("check_out_time", { precision: 0 }).default(sql`'11:00:00'::time`),
  earlyCheckIn: timestamp("early_check_in", { withTimezone: true, mode: "date" }).default(new Date("2024-06-01T08:00:00Z")),
  confirmedAt: timestamp("confirmed_at", { precision: 2, withTimezone: true }).default(new Date(Date.UTC(2024, 0, 15, 9, 30))),
  cancelBy: timestamp("cancel_by", { mode: "string" }).default("2025-01-01 00:00:00"),
  lastSync: timestamp("last_sync", { withTimezone: true }).defaultNow(),
  minStay: interval("min_stay", { fields: "day" }).default("1 day"),
  ...auditColumns,
});

export const flightHolds = pgTable("flight_holds", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  legId: integer("leg_id").references(() => legs.id, { onDelete: "cascade" }),
  heldUntil: timestamp("held_until", { precision: 0, mode: "string", withTimezone: true }).notNull(),
  window: interval("window", { fields: "year to month" }).default("1 year 3 months"),
  quietHours: time("quiet_hours", { precision: 0 }).array().default(["22:00:00", "06:30:00"]),
  blackoutDates: date("blackout_dates", { mode: "date" }).array().default([new Date("2024-12-24"), new Date("2024-12-31")]),
  seenAt: timestamp("seen_at", { withTimezone: true }).array().default(sql`'{}'`),
});
