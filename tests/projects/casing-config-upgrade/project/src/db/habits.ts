import { boolean, date, index, integer, pgTable, serial, smallint, text, timestamp, unique } from "drizzle-orm/pg-core";
import { users } from "./users";

export const habits = pgTable(
  "habits",
  {
    id: serial().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text().notNull(),
    targetPerWeek: smallint().notNull().default(7),
    isArchived: boolean().notNull().default(false),
    createdAt: timestamp().notNull().defaultNow(),
  },
  (t) => [index().on(t.userId)],
);

export const checkIns = pgTable(
  "check_ins",
  {
    id: serial().primaryKey(),
    habitId: integer()
      .notNull()
      .references(() => habits.id, { onDelete: "cascade" }),
    checkedOn: date().notNull(),
    note: text(),
  },
  (t) => [unique().on(t.habitId, t.checkedOn)],
);
