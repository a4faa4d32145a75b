import { char, check, index, integer, pgTable, smallint, text, unique, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { amenityFlags, audit, base, timestamps } from "./_helpers";

const { nested, ...baseRest } = base;

export const properties = pgTable("properties", {
  ...baseRest,
  ...nested,
  name: text().notNull(),
  countryCode: char("country_code", { length: 2 }).notNull(),
  timezone: text().notNull().default(process.env.DEFAULT_TZ ?? "Europe/Lisbon"),
  ...timestamps("property"),
});

const ROOM_KINDS = { single: 1, double: 2, suite: 4, family: 5 } as const;
export const maxGuestsByKind = Object.entries(ROOM_KINDS).map(([kind, guests]) => ({ kind, guests }));

export const rooms = pgTable(
  "rooms",
  {
    propertyId: uuid("property_id")
      .notNull()
      .references(() => properties.id, { onDelete: "cascade" }),
    roomNumber: text("room_number").notNull(),
    floor: smallint(),
    kind: text().notNull().default(Object.keys(ROOM_KINDS)[1] ?? "double"),
    maxGuests: integer("max_guests").notNull().default(ROOM_KINDS.double),
    ...amenityFlags,
    createdBy: audit.createdBy,
  },
  (t) => [
    unique("rooms_property_number_key").on(t.propertyId, t.roomNumber),
    check("rooms_max_guests_check", sql`${t.maxGuests} between 1 and 8`),
    index("rooms_property_kind_idx").on(t.propertyId, t.kind),
  ],
);
