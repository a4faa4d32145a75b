import { pgSchema, pgTable, bigserial, serial, date, bigint, uuid, text, integer, pgEnum, numeric, timestamp, index, foreignKey, primaryKey, unique } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const auth = pgSchema("auth");
export const billing = pgSchema("billing");
export const reporting = pgSchema("Reporting");
export const providerInAuth = auth.enum("provider", ["password", "google", "github"])
export const planInBilling = billing.enum("plan", ["free", "pro", "team"])

export const invoiceNumberInBilling = billing.sequence("invoice_number", { startWith: "1000", increment: "1", minValue: "1", maxValue: "9223372036854775807", cache: "1", cycle: false, })

export const usersInAuth = auth.table("users", {
	id: uuid().defaultRandom().primaryKey(),
	email: text().notNull(),
	provider: providerInAuth().default("password").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	unique("users_email_key").on(table.email),]);

export const accountsInBilling = billing.table("accounts", {
	id: bigint({ mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
	ownerId: uuid("owner_id").notNull(),
	plan: planInBilling().default("free").notNull(),
	plans: planInBilling().array().default(["free"]),
	seats: integer().default(1).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.ownerId],
		foreignColumns: [usersInAuth.id],
		name: "accounts_owner_id_fkey"
	}),
	index("accounts_owner_idx").using("btree", table.ownerId.asc().nullsLast()),
]);

export const invoicesInBilling = billing.table("invoices", {
	id: bigserial({ mode: 'number' }).primaryKey(),
	accountId: bigint("account_id", { mode: 'number' }).notNull(),
	amount: numeric({ precision: 12, scale: 2 }).notNull(),
	issuedOn: date("issued_on").default(sql`CURRENT_DATE`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.accountId],
		foreignColumns: [accountsInBilling.id],
		name: "invoices_account_id_fkey"
	}).onDelete("cascade"),
]);

export const users = pgTable("users", {
	id: serial().primaryKey(),
	authId: uuid("auth_id"),
	displayName: text("display_name"),
}, (table) => [
	foreignKey({
		columns: [table.authId],
		foreignColumns: [table.id],
		name: "users_auth_id_fkey"
	}).onDelete("cascade"),
]);

export const dailyInReporting = reporting.table("Daily", {
	day: date("Day").primaryKey(),
	signups: integer("Signups").default(0).notNull(),
	accountId: bigint("AccountId", { mode: 'number' }),
}, (table) => [
	foreignKey({
		columns: [table.accountId],
		foreignColumns: [accountsInBilling.id],
		name: "Daily_AccountId_fkey"
	}),
]);
export const accountOwnersInBilling = billing.view("account_owners", {	id: bigint({ mode: 'number' }),
	plan: planInBilling(),
	email: text(),
}).as(sql`SELECT a.id, a.plan, u.email FROM billing.accounts a JOIN auth.users u ON u.id = a.owner_id`);