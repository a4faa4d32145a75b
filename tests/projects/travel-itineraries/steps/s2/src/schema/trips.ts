import { sql } from "drizzle-orm";
import { date, integer, interval, pgTable, text, time, timestamp, uuid } from "drizzle-orm/pg-core";
import { auditColumns } from "./columns";

export const trips = pgTable("trips", {
  id: uuid("id").primaryKey().defaultRandom(),
  title: text("title").notNull(),
  startsOn: date("starts_on", { mode: "string" }).notNull(),
  endsOn: date("ends_on", { mode: "date" }).notNull().default(new Date("2030-12-31")),
  bookedOn: date("booked_on", { mode: "string" }).defaultNow(),
  planningDeadline: date("planning_deadline").default(sql`CURRENT_DATE + 14`),
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
  checkInCloses: time("check_in_closes", { precision: 2 }).default("01:00:00"),
  duration: interval("duration", { precision: 0 }),
  layover: interval("layover", { fields: "hour to second" }).default("90 minutes"),
  buffer: interval("buffer", { fields: "minute to second", precision: 4 }),
  graceDays: interval("grace_days", { fields: "day" }).default("2 days"),
});
