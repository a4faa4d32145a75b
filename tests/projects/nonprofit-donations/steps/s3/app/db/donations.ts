import { sql } from "drizzle-orm";
import { char, index, numeric, pgEnum, pgPolicy, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { donors } from "./donors";
import { currentDonorId, donorPortal, fundraiser, treasurer } from "./roles";

export const donationMethod = pgEnum("donation_method", ["card", "direct_debit", "bank_transfer", "cheque", "cash"]);

export const campaigns = pgTable.withRLS("campaigns", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  goal: numeric({ precision: 12, scale: 2 }),
  startsAt: timestamp("starts_at", { withTimezone: true }),
  endsAt: timestamp("ends_at", { withTimezone: true }),
}, (t) => [pgPolicy("campaigns_public_read", { for: "select", using: sql`${t.startsAt} <= now()` })]);

export const donations = pgTable(
  "donations",
  {
    id: uuid().primaryKey().defaultRandom(),
    donorId: uuid("donor_id")
      .notNull()
      .references(() => donors.id),
    campaignId: uuid("campaign_id").references(() => campaigns.id),
    amount: numeric({ precision: 12, scale: 2 }).notNull(),
    currency: char({ length: 3 }).notNull().default("GBP"),
    method: donationMethod().notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("donations_donor_idx").on(t.donorId, t.receivedAt),
    pgPolicy("donations_donor_read", { for: "all", to: donorPortal, using: sql`${t.donorId} = ${currentDonorId}` }),
    pgPolicy("donations_staff_insert", {
      for: "insert",
      to: [fundraiser, treasurer],
      withCheck: sql`${t.amount} > 0 and ${t.currency} = 'GBP'`,
    }),
    pgPolicy("donations_finance_update", { for: "update", to: treasurer, using: sql`true`, withCheck: sql`${t.amount} > 0` }),
  ],
);
