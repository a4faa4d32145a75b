import { sql } from "drizzle-orm";
import { check, index, pgEnum, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { resources } from "./resources";
import { tstzrange } from "./types";

export const bookingStatus = pgEnum("booking_status", ["tentative", "confirmed", "cancelled"]);

export const bookings = pgTable(
  "bookings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    resourceId: uuid("resource_id")
      .notNull()
      .references(() => resources.id, { onDelete: "restrict" }),
    bookedBy: varchar("booked_by", { length: 255 }).notNull(),
    title: text("title"),
    status: bookingStatus("status").notNull().default("tentative"),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    during: tstzrange("during").generatedAlwaysAs(sql`tstzrange(starts_at, ends_at, '[)')`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancellationReason: text("cancellation_reason"),
    recurrenceRule: text("recurrence_rule"),
    seriesId: uuid("series_id"),
  },
  (t) => [
    check("bookings_time_order", sql`${t.endsAt} > ${t.startsAt}`),
    check("bookings_max_length", sql`${t.endsAt} - ${t.startsAt} <= interval '14 days'`),
    check(
      "bookings_cancel_consistency",
      sql`(${t.status} = 'cancelled') = (${t.cancelledAt} is not null)`,
    ),
    index("bookings_series_idx").on(t.seriesId).where(sql`${t.seriesId} is not null`),
    index("bookings_resource_during_idx").using("gist", t.resourceId, t.during),
    index("bookings_starts_idx").on(t.startsAt).where(sql`${t.status} <> 'cancelled'`),
  ],
);
