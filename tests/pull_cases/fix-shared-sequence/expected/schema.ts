import { pgSchema, pgTable, serial, integer, bigserial, primaryKey, pgSequence } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const app = pgSchema("app");

export const counterSeq = pgSequence("counter_seq", { startWith: "1", increment: "1", minValue: "1", maxValue: "9223372036854775807", cache: "1", cycle: false, })

export const itemsInApp = app.table("items", {
	id: integer().default(sql`nextval('counter_seq'::regclass)`).notNull(),
});

export const invoices = pgTable("invoices", {
	id: serial().primaryKey(),
	number: bigserial({ mode: 'number' }),
	orderId: serial("order_id").notNull(),
});

export const orders = pgTable("orders", {
	id: serial().primaryKey(),
	number: bigserial({ mode: 'number' }),
});
