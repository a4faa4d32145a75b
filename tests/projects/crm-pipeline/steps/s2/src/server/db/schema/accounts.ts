import { sql } from "drizzle-orm";
import { index, integer, json, pgTable, text, unique, uuid, varchar } from "drizzle-orm/pg-core";
import { auditColumns, pk } from "./common";

export const companies = pgTable(
  "companies",
  {
    id: pk(),
    name: text("name").notNull(),
    domain: varchar("domain", { length: 253 }),
    industry: varchar("industry", { length: 60 }),
    employees: integer("employees"),
    customFields: json("custom_fields").$type<Record<string, unknown>>().default({}),
    ...auditColumns,
  },
  (t) => [
    unique("companies_domain_key").on(t.domain),
    index("companies_name_idx").on(sql`lower(${t.name})`).with({ fillfactor: 80 }),
  ],
);

export const contacts = pgTable(
  "people",
  {
    id: pk(),
    companyId: uuid("company_id").references(() => companies.id, { onDelete: "set null" }),
    firstName: text("first_name"),
    lastName: text("last_name").notNull(),
    email: varchar("email", { length: 255 }),
    phone: varchar("phone", { length: 32 }),
    jobTitle: text("job_title"),
    linkedinUrl: text("linkedin_url"),
    ownerId: uuid("owner_id"),
    ...auditColumns,
  },
  (t) => [
    index("contacts_company_idx").on(t.companyId),
    index("contacts_email_idx").on(t.email).where(sql`${t.email} is not null`),
  ],
);
