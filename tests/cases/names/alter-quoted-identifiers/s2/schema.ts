import { pgTable, varchar } from "drizzle-orm/pg-core";

export const t = pgTable("My Table", { c: varchar("My Col", { length: 9 }).notNull().default("d") });
