import { date, integer, interval, pgTable, text, time, timestamp } from "drizzle-orm/pg-core";
import { auditColumns } from "./columns";
import { legs } from "./trips";

export const hotelStays = pgTable("hotel_stays", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  legId: integer("leg_id").references(() => legs.id),
  hotel: text("hotel").notNull(),
  checkIn: date("check_in", { mode: "string" }).notNull(),
  checkOut: date("check_out", { mode: "string" }).notNull(),
  checkInTime: time("check_in_time").default("15:00"),
  checkOutTime: time("check_out_time").default("11:00:00"),
  earlyCheckIn: timestamp("early_check_in", { withTimezone: true, mode: "string" }).default("2024-06-01 10:00:00+02"),
  confirmedAt: timestamp("confirmed_at", { precision: 6 }).default(new Date("2024-01-15T09:30:00.000Z")),
  cancelBy: timestamp("cancel_by").defaultNow(),
  lastSync: timestamp("last_sync", { withTimezone: true }).default(sql`now()`),
  minStay: interval("min_stay", { fields: "day" }).default("1 day"),
  ...auditColumns,
});

import { sql } from "drizzle-orm";
