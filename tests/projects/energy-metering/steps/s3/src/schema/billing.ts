import { sql } from "drizzle-orm";
import { bigint, char, date, integer, numeric, pgSchema, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { meters } from "./meters";

export const billing = pgSchema("billing");

export const invoiceNumberSeq = billing.sequence("invoice_number_seq", { startWith: 1, increment: 1 });

export const accounts = pgTable("accounts", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  holder: text().notNull(),
  countryCode: char("country_code", { length: 2 }).notNull().default("PT"),
  meterId: integer("meter_id").references(() => meters.id),
});

export const invoices = billing.table("invoices", {
  id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  number: bigint({ mode: "number" })
    .notNull()
    .default(sql`nextval('billing.invoice_number_seq')`),
  accountId: integer("account_id")
    .notNull()
    .references(() => accounts.id),
  periodStart: date("period_start").notNull(),
  periodEnd: date("period_end").notNull(),
  energyKwh: numeric("energy_kwh", { precision: 12, scale: 3 }).notNull(),
  amount: numeric({ precision: 12, scale: 2 }).notNull(),
  tiers: numeric({ precision: 10, scale: 4 }).array().array(),
  issuedAt: timestamp("issued_at", { withTimezone: true }).defaultNow(),
});

export const tariffs = billing.table("tariffs", {
  code: text().primaryKey(),
  description: text(),
  ratePerKwh: numeric("rate_per_kwh", { precision: 8, scale: 5 }).notNull(),
  validFrom: date("valid_from").notNull(),
});
