import { pgTable, serial, text, varchar, date, timestamp, bigint, integer, index, primaryKey } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"



export const accounts = pgTable("accounts", {
	id: serial().primaryKey(),
	name: varchar({ length: 100 }),
	createdOn: date("created_on").default(sql`CURRENT_DATE`),
	email: text().default("").notNull(),
	flags: integer().array().default([]),
}, (table) => [
	index("accounts_email_lookup").using("btree", table.email.asc().nullsLast()),
]);

export const userSessions = pgTable("user_sessions", {
	id: serial().notNull(),
	token: text().notNull(),
	expiresAt: timestamp("expires_at", { withTimezone: true }),
	accountId: bigint("account_id", { mode: 'number' }),
}, (table) => [
	primaryKey({ columns: [table.id], name: "sessions_pkey"}),
]);
