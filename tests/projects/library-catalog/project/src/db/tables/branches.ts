import { pgTable, serial, text, varchar, time } from "drizzle-orm/pg-core";

const branches = pgTable("branches", {
  id: serial().primaryKey(),
  code: varchar({ length: 8 }).notNull().unique(),
  name: text().notNull(),
  opensAt: time("opens_at").notNull().default("09:00"),
  closesAt: time("closes_at").notNull().default("18:00"),
});

export default branches;
