import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  index,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { accounts, ledgers } from "./accounts.schema";
import { amount, currency } from "./money";

export const entryStatus = pgEnum("entry_status", ["pending", "posted", "reversed"]);
export const direction = pgEnum("direction", ["debit", "credit"]);

export const journalSeq = pgSequence("journal_entry_seq", { startWith: 1, increment: 1, cache: 50, cycle: false });

export const journalEntries = pgTable(
  "journal_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ledgerId: uuid("ledger_id")
      .notNull()
      .references(() => ledgers.id),
    sequence: bigint("sequence", { mode: "number" })
      .notNull()
      .default(sql`nextval('journal_entry_seq'::regclass)`),
    status: entryStatus("status").notNull().default("pending"),
    effectiveDate: date("effective_date", { mode: "string" }).notNull(),
    description: text("description").notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    metadata: jsonb("metadata").$type<Record<string, unknown>>(),
    reversesId: uuid("reverses_id"),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 6 }).notNull().defaultNow(),
  },
  (t) => [
    unique("journal_entries_idempotency_key").on(t.ledgerId, t.idempotencyKey),
    index("journal_entries_effective_idx").on(t.ledgerId, t.effectiveDate),
  ],
);

export const postings = pgTable(
  "postings",
  {
    id: bigint("id", { mode: "bigint" }).primaryKey().generatedAlwaysAsIdentity(),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => journalEntries.id, { onDelete: "cascade" }),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id),
    direction: direction("direction").notNull(),
    amount: amount("amount").notNull(),
    currency: currency().notNull(),
    lineNo: smallint("line_no").notNull(),
  },
  (t) => [
    unique("postings_entry_line_key").on(t.entryId, t.lineNo),
    index("postings_account_idx").on(t.accountId, t.entryId),
    check("postings_amount_positive", sql`${t.amount} > 0`),
  ],
);
