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
  increment: 1,
  minValue: 100000,
  maxValue: 999999,
  cache: 20,
  cycle: false,
});

export const holders = pgTable(
  "holders",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity({
      name: "holders_id_identity",
      startWith: 1000,
      increment: 5,
      minValue: 1000,
      maxValue: 100000000,
      cache: 10,
      cycle: false,
    }),
    email: varchar("email", { length: 320 }).notNull(),
    nationalId: text("national_id").unique("holders_national_id_uq", { nulls: "not distinct" }),
    fullName: text("full_name").notNull(),
    birthDate: date("birth_date"),
  },
  (t) => [
    uniqueIndex("holders_email_lower_uq").on(sql`lower(${t.email})`),
    index("holders_name_trgm_idx").using("gin", t.fullName.op("gin_trgm_ops")),
    check("holders_birth_date_check", sql`${t.birthDate} > '1900-01-01'`),
  ],
);

export const policies = pgTable(
  "policies",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity({ startWith: 1, cache: 50 }),
    number: integer("number").notNull().default(sql`nextval('policy_number_seq')`),
    holderId: integer("holder_id")
      .notNull()
      .references(() => holders.id, { onDelete: "restrict", onUpdate: "cascade", name: "policies_holder_fk" }),
    product: text("product").notNull(),
    premium: numeric("premium", { precision: 12, scale: 2 }).notNull(),
    deductible: numeric("deductible", { precision: 12, scale: 2 }).notNull().default("0"),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on"),
  },
  (t) => [
    unique("policies_number_uq").on(t.number),
    index("policies_holder_active_idx").on(t.holderId, t.startsOn.desc()).where(sql`${t.endsOn} is null`),
    index("policies_product_hash_idx").using("hash", t.product),
    index("policies_starts_brin_idx").using("brin", t.startsOn).with({ pages_per_range: 32 }),
    check("policies_dates_check", sql`${t.endsOn} is null or ${t.endsOn} > ${t.startsOn}`),
    check("policies_premium_positive", sql`${t.premium} > 0`),
  ],
);

export const coverages = pgTable(
  "coverages",
  {
    policyId: bigint("policy_id", { mode: "number" }).notNull(),
    code: varchar("code", { length: 10 }).notNull(),
    limitAmount: numeric("limit_amount", { precision: 14, scale: 2 }),
  },
  (t) => [primaryKey({ columns: [t.policyId, t.code] })],
);
