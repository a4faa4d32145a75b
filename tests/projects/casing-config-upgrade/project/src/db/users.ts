import { pgTable, serial, text, timestamp, varchar } from "drizzle-orm/pg-core";

export const users = pgTable("users", {
  id: serial().primaryKey(),
  emailAddress: varchar({ length: 255 }).notNull().unique(),
  displayName: text(),
  timeZone: text().notNull().default("UTC"),
  createdAt: timestamp().notNull().defaultNow(),
});
