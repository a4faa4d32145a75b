import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { amount, currency } from "./money";

export const accountType = pgEnum("account_type", ["asset", "liability", "equity", "revenue", "expense"]);
export const normalBalance = pgEnum("normal_balance", ["debit", "credit"]);

export const ledgers = pgTable("ledgers", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  baseCurrency: currency("base_currency").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const accounts = pgTable(
  "accounts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ledgerId: uuid("ledger_id")
      .notNull()
      .references(() => ledgers.id),
    code: text("code").notNull(),
    name: text("name").notNull(),
    type: accountType("type").notNull(),
    normalBalance: normalBalance("normal_balance").notNull(),
    currency: currency().notNull(),
    balance: amount("balance").notNull().default("0"),
    lockVersion: bigint("lock_version", { mode: "number" }).notNull().default(0),
    allowNegative: boolean("allow_negative").notNull().default(false),
    externalRef: text("external_ref"),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("accounts_ledger_code_uidx").on(t.ledgerId, t.code),
    uniqueIndex("accounts_external_ref_uidx").on(t.externalRef).where(sql`${t.externalRef} is not null`),
    index("accounts_ledger_type_idx").on(t.ledgerId, t.type),
    check("accounts_balance_sign", sql`${t.allowNegative} or ${t.balance} >= 0`),
  ],
);
