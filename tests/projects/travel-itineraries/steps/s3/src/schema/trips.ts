import { sql } from "drizzle-orm";
import { date, integer, interval, pgTable, text, time, timestamp, uuid } from "drizzle-orm/pg-core";
import { auditColumns } from "./columns";

export const trips = pgTable("trips", {
  id: uuid("id").primaryKey().defaultRandom(),
  title: text("title").notNull(),
  startsOn: timestamp("starts_on", { mode: "string" }).notNull(),
  endsOn: date("ends_on", { mode: "date" }).notNull().default(new Date("2030-12-31")),
  bookedOn: date("booked_on", { mode: "string" }).defaultNow(),
  planningDeadline: date("planning_deadline"),
  timezone: text("timezone").notNull().default("Europe/Amsterdam"),
  ...auditColumns,
});

export const legs = pgTable("legs", {
  id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
  tripId: uuid("trip_id")
    .notNull()
    .references(() => trips.id, { onDelete: "cascade" }),
  departsAt: timestamp("departs_at", { precision: 3, withTimezone: true }).notNull(),
  arrivesAt: timestamp("arrives_at", { mode: "string", precision: 3, withTimezone: true }),
  localDeparture: time("local_departure", { precision: 0 }),
  localArrival: time("local_arrival", { precision: 0, withTimezone: true }),
  checkInCloses: interval("check_in_closes", { fields: "minute" }).default("45 minutes"),
  duration: interval("duration", { precision: 0 }).notNull().default("0"),
  layover: interval("layover", { fields: "hour to second", precision: 0 }).default("90 minutes"),
  buffer: interval("buffer"),
  graceDays: interval("grace_days", { fields: "day" }).default(sql`'3 days'::interval`),
});
