import { sql } from "drizzle-orm";
import {
  bigint,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  varchar,
} from "drizzle-orm/pg-core";
import { coverages, policies } from "./policies";

export const claims = pgTable(
  "claims",
  {
    id: bigint("id", { mode: "bigint" }).generatedAlwaysAsIdentity({ minValue: 1, maxValue: 9223372036854775807, increment: 1 }),
    policyId: bigint("policy_id", { mode: "number" }).notNull(),
    coverageCode: varchar("coverage_code", { length: 10 }).notNull(),
    reference: text("reference").notNull(),
    amountClaimed: numeric("amount_claimed", { precision: 12, scale: 2 }).notNull(),
    amountPaid: numeric("amount_paid", { precision: 12, scale: 2 }),
    outstanding: numeric("outstanding", { precision: 12, scale: 2 }).generatedAlwaysAs(
      sql`amount_claimed - coalesce(amount_paid, 0)`,
    ),
    severity: smallint("severity").notNull().default(1),
    reportedAt: timestamp("reported_at", { withTimezone: true }).notNull().defaultNow(),
    notes: text("notes"),
  },
  (t) => [
    primaryKey({ name: "claims_pk", columns: [t.id] }),
    foreignKey({
      name: "claims_coverage_fk",
      columns: [t.policyId, t.coverageCode],
      foreignColumns: [coverages.policyId, coverages.code],
    })
      .onDelete("cascade")
      .onUpdate("restrict"),
    unique("claims_reference_uq").on(t.reference).nullsNotDistinct(),
    index("claims_reported_idx").on(t.reportedAt.desc().nullsLast(), t.severity.asc().nullsFirst()),
    index("claims_notes_fts_idx").using("gin", sql`to_tsvector('english', ${t.notes})`),
    index("claims_open_idx")
      .on(t.policyId)
      .where(sql`${t.amountPaid} is null`)
      .concurrently(),
  ],
);

export const claimEvents = pgTable(
  "claim_events",
  {
    claimId: bigint("claim_id", { mode: "bigint" }).notNull(),
    seq: integer("seq").notNull(),
    kind: text("kind").notNull(),
    payload: text("payload"),
  },
  (t) => [
    primaryKey({ name: "claim_events_pk", columns: [t.claimId, t.seq] }),
    foreignKey({ columns: [t.claimId], foreignColumns: [claims.id] }).onDelete("cascade"),
    index("claim_events_kind_idx").on(t.kind).with({ fillfactor: 70 }),
  ],
);
