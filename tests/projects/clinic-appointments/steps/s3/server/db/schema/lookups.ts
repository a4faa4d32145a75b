import { boolean, char, pgTable, smallint, text, varchar } from "drizzle-orm/pg-core";

/** Reference data shared with other services: stays in public. */
export const specialties = pgTable("specialties", {
  id: smallint("id").primaryKey(),
  code: varchar("code", { length: 12 }).notNull().unique(),
  name: text("name").notNull(),
  active: boolean("active").notNull().default(true),
});

export const languages = pgTable("languages", {
  code: char("code", { length: 2 }).primaryKey(),
  name: text("name").notNull(),
});
