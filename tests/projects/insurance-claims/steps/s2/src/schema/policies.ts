import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  index,
  integer,
  numeric,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  varchar,
} from "drizzle-orm/pg-core";

export const policyNumberSeq = pgSequence("policy_number_seq", {
  startWith: 100000,
  increment: 7,
  minValue: 100000,
  maxValue: 9999999,
  cache: 1,
  cycle: true,
});

export const claimRefSeq = pgSequence("claim_ref_seq", { startWith: -1, increment: -1, minValue: -1000000, maxValue: -1 });

export const holders = pgTable(
  "holders",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity({
      name: "holders_id_identity",
      startWith: 1000,
      increment: 10,
      minValue: 1000,
      maxValue: 200000000,
      cache: 10,
      cycle: true,
    }),
    email: varchar("email", { length: 320 }).notNull(),
    nationalId: text("national_id").unique("holders_national_id_uq"),
    fullName: text("full_name").notNull(),
    birthDate: date("birth_date"),
  },
  (t) => [
    uniqueIndex("holders_email_lower_uq").on(sql`lower(${t.email})`, t.id),
    index("holders_name_trgm_idx").using("gist", t.fullName.op("gist_trgm_ops")),
    check("holders_birth_date_check", sql`${t.birthDate} >= '1900-01-01'`),
  ],
);

export const policies = pgTable(
  "policies",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity({ startWith: 1, cache: 100 }),
    number: integer("number").notNull().default(sql`nextval('policy_number_seq')`),
    holderId: integer("holder_id")
      .notNull()
      .references(() => holders.id, { onDelete: "cascade", onUpdate: "cascade", name: "policies_holder_fk" }),
    product: text("product").notNull(),
    premium: numeric("premium", { precision: 12, scale: 2 }).notNull(),
    deductible: numeric("deductible", { precision: 12, scale: 2 }).notNull().default("0"),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on"),
  },
  (t) => [
    unique("policies_number_uq").on(t.number, t.product),
    index("policies_holder_active_idx").on(t.holderId, t.startsOn.desc()).where(sql`${t.endsOn} is null or ${t.endsOn} > '2000-01-01'`),
    index("policies_product_hash_idx").using("hash", t.product),
    index("policies_starts_brin_idx").using("brin", t.startsOn).with({ pages_per_range: 64 }),
    check("policies_dates_check", sql`${t.endsOn} is null or ${t.endsOn} > ${t.startsOn}`),
  ],
);

export const coverages = pgTable(
  "coverages",
  {
    policyId: bigint("policy_id", { mode: "number" }).notNull(),
    code: varchar("code", { length: 10 }).notNull(),
    limitAmount: numeric("limit_amount", { precision: 14, scale: 2 }),
  },
  (t) => [primaryKey({ name: "coverages_pk", columns: [t.policyId, t.code] })],
);
