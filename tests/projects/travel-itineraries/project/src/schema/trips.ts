import { sql } from "drizzle-orm";
import { date, integer, interval, pgTable, text, time, timestamp, uuid } from "drizzle-orm/pg-core";
import { auditColumns } from "./columns";

export const trips = pgTable("trips", {
  id: uuid("id").primaryKey().defaultRandom(),
  title: text("title").notNull(),
  startsOn: date("starts_on", { mode: "date" }).notNull(),
  endsOn: date("ends_on").notNull(),
  bookedOn: date("booked_on", { mode: "string" }).default("2024-01-01"),
  planningDeadline: date("planning_deadline").default(sql`CURRENT_DATE + 30`),
  ...auditColumns,
});

export const legs = pgTable("legs", {
  id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
  tripId: uuid("trip_id")
    .notNull()
    .references(() => trips.id, { onDelete: "cascade" }),
  departsAt: timestamp("departs_at", { precision: 0, withTimezone: true }).notNull(),
  arrivesAt: timestamp("arrives_at", { mode: "string", precision: 3 }),
  localDeparture: time("local_departure"),
  localArrival: time("local_arrival", { precision: 0 }),
  checkInCloses: time("check_in_closes", { precision: 2 }).default("00:45:00"),
  duration: interval("duration"),
  layover: interval("layover", { fields: "hour to minute" }).default("1 hour"),
  buffer: interval("buffer", { fields: "minute to second", precision: 2 }),
  graceDays: interval("grace_days", { fields: "day" }).default("2 days"),
});
