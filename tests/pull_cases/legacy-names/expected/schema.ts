import { pgTable, integer, bigint, serial, varchar, text, numeric, boolean, timestamp, date, index, uniqueIndex, foreignKey, primaryKey, check, pgView } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"



export const customerAccountSubscriptionBillingHistoryEntriesArchive = pgTable("customer_account_subscription_billing_history_entries_archive", {
	id: integer().notNull(),
	customerAccountSubscriptionBillingHistoryReferenceIdenti: integer("customer_account_subscription_billing_history_reference_identi"),
	customerAccountSubscriptionBillingHistoryStatusDescriptio: text("customer_account_subscription_billing_history_status_descriptio"),
}, (table) => [
	primaryKey({ columns: [table.id], name: "customer_account_subscription_billing_history_entries_arch_pkey"}),
	foreignKey({
		columns: [table.customerAccountSubscriptionBillingHistoryReferenceIdenti],
		foreignColumns: [user.id],
		name: "customer_account_subscription_billing_history_reference_fkey_1"
	}),
	index("customer_account_subscription_billing_history_entries_archi_idx").using("btree", table.customerAccountSubscriptionBillingHistoryReferenceIdenti.asc().nullsLast()),
check("customer_account_subscription_billing_history_status_check_lng", sql`(customer_account_subscription_billing_history_status_descriptio <> ''::text)`),]);

export const mixedCaseTable = pgTable("Mixed_Case_Table", {
	id: integer("Id").primaryKey(),
	parentId: integer("ParentId"),
	value: numeric("Value", { precision: 8, scale: 3 }),
	value: text("VALUE"),
	value: text(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [table.id],
		name: "Mixed_Case_Table_ParentId_fkey"
	}),
	index("Mixed_Case_Table_ParentId_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const order = pgTable("Order", {
	orderID: bigint("OrderID", { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
	userID: integer("UserID").notNull(),
	group: text("Group"),
	limit: integer(),
	offset: integer(),
	table: text(),
	column: text(),
	notes: text("Notes"),
	created: timestamp({ withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.userID],
		foreignColumns: [user.id],
		name: "Order_UserID_fkey"
	}),
	index("Order_created_brin").using("brin", table.created.asc().nullsLast()).with({ "pages_per_range": 64 }),
	uniqueIndex("Order_group_limit_nnd").using("btree", table.group.asc().nullsLast(), table.limit.asc().nullsLast()),
	index("Order_notes_fts").using("gin", sql`to_tsvector('english'::regconfig, COALESCE("Notes", ''::text))`),
	index("Order_table_hash").using("hash", table.table.asc().nullsLast()),
	index("Order_UserID_include_idx").using("btree", table.userID.asc().nullsLast()),
]);

export const user = pgTable("user", {
	id: serial("ID").primaryKey(),
	email: varchar("Email", { length: 255 }).notNull(),
	user: text().notNull(),
	order: integer().default(0).notNull(),
	group: text(),
	default: boolean().default(false).notNull(),
	select: text(),
	displayName: text("Display Name"),
	camelCase: integer(),
	snakeCaseMixed: integer("snake_Case_Mixed"),
	from: date(),
	to: date(),
}, (table) => [
	index("user_group_order_idx").using("btree", table.group.desc().nullsFirst(), table.order.asc().nullsLast()),
	uniqueIndex("user_lower_email_uidx").using("btree", sql`lower(("Email")::text)`),
check("user_check", sql`("from" <= "to")`),]);
export const userOrders = pgView("User Orders", {	userId: integer("UserId"),
	user: text(),
	orders: bigint("Orders", { mode: 'number' }),
}).as(sql`SELECT u."ID" AS "UserId", u."user", count(o."OrderID") AS "Orders" FROM "user" u LEFT JOIN "Order" o ON o."UserID" = u."ID" GROUP BY u."ID", u."user"`);