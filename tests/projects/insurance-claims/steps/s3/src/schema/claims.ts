import { sql } from "drizzle-orm";
import {
  bigint,
  check,
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
    id: bigint("id", { mode: "bigint" }).generatedByDefaultAsIdentity({ startWith: 500, maxValue: 9223372036854775807 }),
    policyId: bigint("policy_id", { mode: "number" }).notNull(),
    coverageCode: varchar("coverage_code", { length: 10 }).notNull(),
    reference: text("reference").notNull().default(sql`'C' || nextval('claim_ref_seq')::text`),
    amountClaimed: numeric("amount_claimed", { precision: 12, scale: 2 }).notNull(),
    amountPaid: numeric("amount_paid", { precision: 12, scale: 2 }),
    outstanding: numeric("outstanding", { precision: 12, scale: 2 }).generatedAlwaysAs(
      sql`amount_claimed - coalesce(amount_paid, 0) - 0`,
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
    }).onDelete("cascade"),
    foreignKey({ name: "claims_policy_fk", columns: [t.policyId], foreignColumns: [policies.id] }).onUpdate("set default"),
    unique("claims_reference_uq").on(t.reference),
    index("claims_reported_idx").on(t.reportedAt.asc().nullsFirst(), t.severity.desc()),
    index("claims_notes_fts_idx").using("gin", sql`to_tsvector('simple', ${t.notes})`),
    index("claims_open_idx").on(t.policyId).where(sql`${t.amountPaid} is null`),
    check("claims_severity_range", sql`${t.severity} between 1 and 5`),
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
    primaryKey({ columns: [t.claimId, t.seq] }),
    foreignKey({ columns: [t.claimId], foreignColumns: [claims.id], name: "claim_events_claim_fk" }).onDelete("cascade"),
    index("claim_events_kind_idx").on(t.kind.op("text_pattern_ops"), t.seq).with({ fillfactor: 90, deduplicate_items: false }),
  ],
);
