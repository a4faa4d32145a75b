import { sql } from "drizzle-orm";
import { index, integer, pgTable, smallint, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";

export const companies = pgTable(
  "companies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    slug: varchar("slug", { length: 80 }).notNull().unique(),
    website: text("website"),
    logoUrl: text("logo_url"),
    headcount: integer("headcount"),
    foundedYear: smallint("founded_year"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("companies_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`)],
);
