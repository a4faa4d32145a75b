import { date, foreignKey, index, pgTable, primaryKey, smallint, text, uuid, varchar } from "drizzle-orm/pg-core";
import { audit, money, timestamps } from "./_helpers";
import { properties, rooms } from "./rooms";

export const guests = pgTable("guests", {
  id: uuid().primaryKey().defaultRandom(),
  firstName: text("first_name").notNull(),
  lastName: text("last_name").notNull(),
  email: varchar({ length: 320 }),
  passportNo: varchar("passport_no", { length: 20 }),
  ...timestamps("guest", 0),
});

export const reservations = pgTable(
  "reservations",
  {
    confirmationCode: varchar("confirmation_code", { length: 10 }).primaryKey(),
    propertyId: uuid("property_id")
      .notNull()
      .references(() => properties.id),
    roomNumber: text("room_number").notNull(),
    guestId: uuid("guest_id")
      .notNull()
      .references(() => guests.id),
    checkIn: date("check_in").notNull(),
    checkOut: date("check_out").notNull(),
    adults: smallint().notNull().default(2),
    total: money("total"),
    deposit: money("deposit", { nullable: true }),
    note: audit.note,
    ...timestamps("reservation"),
  },
  (t) => [
    foreignKey({
      name: "reservations_room_fk",
      columns: [t.propertyId, t.roomNumber],
      foreignColumns: [rooms.propertyId, rooms.roomNumber],
    }),
    index("reservations_dates_idx").on(t.propertyId, t.checkIn, t.checkOut),
  ],
);

export const stayNights = pgTable(
  "stay_nights",
  {
    confirmationCode: varchar("confirmation_code", { length: 10 })
      .notNull()
      .references(() => reservations.confirmationCode, { onDelete: "cascade" }),
    night: date().notNull(),
    rate: money("rate"),
  },
  (t) => [primaryKey({ columns: [t.confirmationCode, t.night] })],
);
