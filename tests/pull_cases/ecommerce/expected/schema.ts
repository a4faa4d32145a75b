import { pgTable, pgEnum, uuid, bigint, bigserial, serial, varchar, integer, smallint, text, boolean, timestamp, numeric, jsonb, char, index, uniqueIndex, foreignKey, primaryKey, unique, check, pgMaterializedView, pgView } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const currency = pgEnum("currency", ["EUR", "USD", "GBP"])
export const orderState = pgEnum("order_state", ["cart", "placed", "paid", "shipped", "delivered", "returned"])


export const addresses = pgTable("addresses", {
	id: bigserial({ mode: 'number' }).primaryKey(),
	customerId: bigint("customer_id", { mode: 'number' }).notNull(),
	line1: text().notNull(),
	line2: text(),
	city: text().notNull(),
	postalCode: varchar("postal_code", { length: 16 }).notNull(),
	country: char({ length: 2 }).default("NL").notNull(),
	isDefault: boolean("is_default").default(false).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.customerId],
		foreignColumns: [customers.id],
		name: "addresses_customer_id_fkey"
	}).onDelete("cascade"),
	index("addresses_customer_idx").using("btree", table.customerId.asc().nullsLast()),
]);

export const categories = pgTable("categories", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	slug: varchar({ length: 100 }).notNull(),
	name: text().notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [table.id],
		name: "categories_parent_id_fkey"
	}).onDelete("set null"),
	unique("categories_slug_key").on(table.slug),]);

export const customers = pgTable("customers", {
	id: bigserial({ mode: 'number' }).primaryKey(),
	email: varchar({ length: 320 }).notNull(),
	fullName: text("full_name").notNull(),
	phone: varchar({ length: 32 }),
	marketingOptIn: boolean("marketing_opt_in").default(false).notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
	updatedAt: timestamp("updated_at", { withTimezone: true }),
}, (table) => [
	uniqueIndex("customers_email_lower_idx").using("btree", sql`lower((email)::text)`),
]);

export const inventory = pgTable("inventory", {
	productId: bigint("product_id", { mode: 'number' }).notNull(),
	warehouse: varchar({ length: 32 }).notNull(),
	quantity: integer().default(0).notNull(),
	reserved: integer().default(0).notNull(),
}, (table) => [
	primaryKey({ columns: [table.productId, table.warehouse], name: "inventory_pkey"}),
	foreignKey({
		columns: [table.productId],
		foreignColumns: [products.id],
		name: "inventory_product_id_fkey"
	}).onDelete("cascade"),
check("inventory_reserved_le_quantity", sql`(reserved <= quantity)`),]);

export const orderLines = pgTable("order_lines", {
	orderId: uuid("order_id").notNull(),
	lineNo: smallint("line_no").notNull(),
	productId: bigint("product_id", { mode: 'number' }).notNull(),
	quantity: integer().default(1).notNull(),
	unitPriceCents: integer("unit_price_cents").notNull(),
	discount: numeric({ mode: 'number', precision: 5, scale: 2 }).default(0.00),
}, (table) => [
	primaryKey({ columns: [table.orderId, table.lineNo], name: "order_lines_pkey"}),
	foreignKey({
		columns: [table.orderId],
		foreignColumns: [orders.id],
		name: "order_lines_order_id_fkey"
	}).onDelete("cascade"),
	foreignKey({
		columns: [table.productId],
		foreignColumns: [products.id],
		name: "order_lines_product_id_fkey"
	}),
]);

export const orders = pgTable("orders", {
	id: uuid().defaultRandom().primaryKey(),
	number: integer().generatedAlwaysAsIdentity({ startWith: 1000 }),
	customerId: bigint("customer_id", { mode: 'number' }).notNull(),
	shippingAddressId: bigint("shipping_address_id", { mode: 'number' }),
	state: orderState().default("cart").notNull(),
	currency: currency().default("EUR").notNull(),
	subtotalCents: integer("subtotal_cents").default(0).notNull(),
	taxCents: integer("tax_cents").default(0).notNull(),
	totalCents: integer("total_cents").generatedAlwaysAs(sql`(subtotal_cents + tax_cents)`),
	note: text(),
	placedAt: timestamp("placed_at", { withTimezone: true }),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.customerId],
		foreignColumns: [customers.id],
		name: "orders_customer_id_fkey"
	}).onUpdate("cascade").onDelete("restrict"),
	foreignKey({
		columns: [table.shippingAddressId],
		foreignColumns: [addresses.id],
		name: "orders_shipping_address_id_fkey"
	}).onDelete("set null"),
	index("orders_customer_created_idx").using("btree", table.customerId.asc().nullsLast(), table.createdAt.desc().nullsFirst()),
	index("orders_state_idx").using("btree", table.state.asc().nullsLast()).where(sql`(state <> 'delivered'::order_state)`),
]);

export const payments = pgTable("payments", {
	id: uuid().defaultRandom().primaryKey(),
	orderId: uuid("order_id").notNull(),
	provider: text().notNull(),
	providerRef: text("provider_ref"),
	amountCents: integer("amount_cents").notNull(),
	status: text().default("pending").notNull(),
	raw: jsonb(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.orderId],
		foreignColumns: [orders.id],
		name: "payments_order_id_fkey"
	}),
	unique("payments_provider_provider_ref_key").on(table.provider, table.providerRef),]);

export const products = pgTable("products", {
	id: bigserial({ mode: 'number' }).primaryKey(),
	categoryId: integer("category_id"),
	sku: varchar({ length: 64 }).notNull(),
	title: text().notNull(),
	description: text(),
	priceCents: integer("price_cents").notNull(),
	currency: currency().default("EUR").notNull(),
	weightGrams: integer("weight_grams"),
	tags: text().array().default([]).notNull(),
	attributes: jsonb().default({}).notNull(),
	active: boolean().default(true).notNull(),
	createdAt: timestamp("created_at", { precision: 3 }).default(sql`CURRENT_TIMESTAMP`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.categoryId],
		foreignColumns: [categories.id],
		name: "products_category_id_fkey"
	}),
	index("products_category_idx").using("btree", table.categoryId.asc().nullsLast()).where(sql`active`),
	index("products_tags_idx").using("gin", table.tags.asc().nullsLast()),
	index("products_title_trgm_like").using("btree", table.title.asc().nullsLast().op("text_pattern_ops")),
	unique("products_sku_unique").on(table.sku),check("products_price_cents_check", sql`(price_cents >= 0)`),]);

export const reviews = pgTable("reviews", {
	id: serial().primaryKey(),
	productId: bigint("product_id", { mode: 'number' }).notNull(),
	customerId: bigint("customer_id", { mode: 'number' }),
	rating: smallint().notNull(),
	body: text(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`),
}, (table) => [
	foreignKey({
		columns: [table.customerId],
		foreignColumns: [customers.id],
		name: "reviews_customer_id_fkey"
	}).onDelete("set null"),
	foreignKey({
		columns: [table.productId],
		foreignColumns: [products.id],
		name: "reviews_product_id_fkey"
	}).onDelete("cascade"),
check("reviews_rating_check", sql`((rating >= 1) AND (rating <= 5))`),]);
export const dailySales = pgMaterializedView("daily_sales", {	day: timestamp({ withTimezone: true }),
	totalCents: bigint("total_cents", { mode: 'number' }),
	orders: bigint({ mode: 'number' }),
}).as(sql`SELECT date_trunc('day'::text, o.placed_at) AS day, sum(o.total_cents) AS total_cents, count(*) AS orders FROM orders o WHERE o.state = ANY (ARRAY['paid'::order_state, 'shipped'::order_state, 'delivered'::order_state]) GROUP BY (date_trunc('day'::text, o.placed_at))`);

export const productRatings = pgView("product_ratings", {	productId: bigint("product_id", { mode: 'number' }),
	average: numeric({ precision: 3, scale: 2 }),
	reviews: bigint({ mode: 'number' }),
}).as(sql`SELECT p.id AS product_id, avg(r.rating)::numeric(3,2) AS average, count(*) AS reviews FROM products p LEFT JOIN reviews r ON r.product_id = p.id GROUP BY p.id`);