import { pgTable, pgEnum, bigint, char, uuid, varchar, numeric, doublePrecision, text, real, customType, timestamp, date, smallint, jsonb, json, bit, time, interval, index, foreignKey, primaryKey, unique, check } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const entrySide = pgEnum("entry_side", ["debit", "credit"])
export const accountFlag = pgEnum("account_flag", ["frozen", "vip", "internal", "test"])


export const accounts = pgTable("accounts", {
	id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity({ startWith: 1000 ,increment: 10 ,minValue: 1000 ,maxValue: 9999999999 ,cache: 20 }),
	externalId: uuid("external_id").defaultRandom().notNull(),
	code: varchar({ length: 34 }).notNull(),
	name: text(),
	currency: char({ length: 3 }).default("EUR").notNull(),
	country: char({ length: 2 }),
	openedOn: date("opened_on").default(sql`CURRENT_DATE`).notNull(),
	overdraftLimit: numeric("overdraft_limit", { mode: 'number' }).default(0).notNull(),
	balance: numeric({ mode: 'number', precision: 20, scale: 4 }).default(0.0000).notNull(),
	fee: customType({ dataType: () => 'money' })().default("0"),
	flags: accountFlag().array().default([]).notNull(),
	flagHistory: accountFlag("flag_history").array().default(sql`ARRAY['test'::account_flag]`),
	tags: varchar({ length: 50 }).array().default(sql`(ARRAY[]::character varying[])`).notNull(),
	aliases: varchar({ length: 50 }).array().default(["main","primary"]),
	meta: jsonb().default([]).notNull(),
	settings: json().default({"notify":true}),
	permissions: bit({ dimensions: 8 }).default('00000000').notNull(),
	featureMask: customType({ dataType: () => 'bit varying(64)' })("feature_mask"),
	publicKey: customType({ dataType: () => 'bytea' })("public_key"),
	cutoffTime: time("cutoff_time", { withTimezone: true }).default('17:00:00+00'),
	settlementDelay: interval("settlement_delay", { fields: 'day to second' }).default("2 days"),
	retention: interval({ fields: 'year to month' }),
	createdAt: timestamp("created_at", { precision: 0, withTimezone: true }).default(sql`now()`).notNull(),
	updatedAt: timestamp("updated_at", { precision: 0, withTimezone: true }),
}, (table) => [
	unique("accounts_code_key").on(table.code),]);

export const exchangeRates = pgTable("exchange_rates", {
	base: char({ length: 3 }).notNull(),
	quote: char({ length: 3 }).notNull(),
	rate: numeric().notNull(),
	ratePrecise: doublePrecision("rate_precise"),
	rateReal: real("rate_real"),
	validDuring: customType({ dataType: () => 'tstzrange' })("valid_during"),
	asOf: timestamp("as_of", { precision: 6 }).default(sql`(now() AT TIME ZONE 'utc'::text)`).notNull(),
}, (table) => [
	primaryKey({ columns: [table.base, table.quote, table.asOf], name: "exchange_rates_pkey"}),
]);

export const ledgerEntries = pgTable("ledger_entries", {
	id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
	accountId: bigint("account_id", { mode: 'number' }).notNull(),
	side: entrySide().notNull(),
	amount: numeric({ precision: 20, scale: 4 }).notNull(),
	signedAmount: numeric("signed_amount", { precision: 20, scale: 4 }).generatedAlwaysAs(sql`
CASE
    WHEN (side = 'debit'::entry_side) THEN (- amount)
    ELSE amount
END`),
	amountCents: bigint("amount_cents", { mode: 'number' }).generatedAlwaysAs(sql`((amount * (100)::numeric))::bigint`),
	description: text().default("").notNull(),
	descriptionLower: text("description_lower").generatedAlwaysAs(sql`lower(description)`),
	bookedAt: timestamp("booked_at", { precision: 3, withTimezone: true }).default(sql`clock_timestamp()`).notNull(),
	valueDate: date("value_date"),
	reference: varchar({ length: 64 }),
	checksum: customType({ dataType: () => 'bytea' })().default("'\\x00'").notNull(),
	batch: smallint().generatedByDefaultAsIdentity({ maxValue: 32000 ,cycle: true }),
}, (table) => [
	foreignKey({
		columns: [table.accountId],
		foreignColumns: [accounts.id],
		name: "ledger_entries_account_id_fkey"
	}),
	index("ledger_entries_account_booked_idx").using("btree", table.accountId.asc().nullsLast(), table.bookedAt.desc().nullsFirst()),
check("ledger_entries_amount_check", sql`(amount > (0)::numeric)`),]);
