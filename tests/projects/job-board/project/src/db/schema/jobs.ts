import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { companies } from "./companies";

export const EMPLOYMENT = ["full_time", "part_time", "contract", "internship"] as const;
export const employment = pgEnum("employment", EMPLOYMENT);

export const jobs = pgTable(
  "jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    title: varchar("title", { length: 160 }).notNull(),
    description: text("description").notNull(),
    employment: employment("employment").notNull(),
    remote: boolean("remote").notNull().default(false),
    locations: text("locations").array().notNull().default(sql`'{}'::text[]`),
    salaryMin: integer("salary_min"),
    salaryMax: integer("salary_max"),
    salaryCurrency: varchar("salary_currency", { length: 3 }),
    postedAt: timestamp("posted_at", { withTimezone: true }).notNull().defaultNow(),
    closesAt: timestamp("closes_at", { withTimezone: true }),
  },
  (t) => [
    index("jobs_company_idx").on(t.companyId),
    index("jobs_locations_idx").using("gin", t.locations),
    index("jobs_open_idx").on(t.postedAt.desc()).where(sql`${t.closesAt} is null`),
    check("jobs_salary_range", sql`${t.salaryMin} is null or ${t.salaryMax} is null or ${t.salaryMin} <= ${t.salaryMax}`),
  ],
);
