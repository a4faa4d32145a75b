import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  integer,
  interval,
  pgEnum,
  pgTable,
  smallint,
  text,
  time,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import type { TimeZone } from "./types";

export const resourceKind = pgEnum("resource_kind", ["room", "desk", "person", "equipment"]);

export const resources = pgTable("resources", {
  id: uuid("id").primaryKey().defaultRandom(),
  kind: resourceKind("kind").notNull(),
  name: varchar("name", { length: 120 }).notNull(),
  capacity: integer("capacity"),
  timeZone: text("time_zone").$type<TimeZone>().notNull().default("UTC"),
  slotLength: interval("slot_length", { fields: "minute" }).notNull().default("30 minutes"),
  bufferAfter: interval("buffer_after").notNull().default("0"),
  bookable: boolean("bookable").notNull().default(true),
});

/** Weekly opening hours; 0 = Sunday as in `extract(dow ...)`. */
export const availabilityRules = pgTable(
  "availability_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    resourceId: uuid("resource_id")
      .notNull()
      .references(() => resources.id, { onDelete: "cascade" }),
    weekday: smallint("weekday").notNull(),
    opensAt: time("opens_at").notNull(),
    closesAt: time("closes_at").notNull(),
  },
  (t) => [
    check("availability_rules_weekday", sql`${t.weekday} between 0 and 6`),
    check("availability_rules_order", sql`${t.closesAt} > ${t.opensAt}`),
  ],
);
