import { pgSchema, pgTable, serial, integer, bigserial, bigint, smallint, numeric, smallserial, text, customType, primaryKey } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const app = pgSchema("app");


export const itemsInApp = app.table("items", {
	id: integer().primaryKey().generatedAlwaysAsIdentity(),
	qty: integer().notNull(),
	price: numeric({ precision: 10, scale: 2 }).notNull(),
	total: numeric({ precision: 12, scale: 2 }).generatedAlwaysAs(sql`((qty)::numeric * price)`),
	label: text().generatedAlwaysAs(sql`('item-'::text || (id)::text)`),
	upperName: text("upper_name"),
	search: customType({ dataType: () => 'tsvector' })().generatedAlwaysAs(sql`to_tsvector('simple'::regconfig, COALESCE(upper_name, ''::text))`),
});

export const serialsInApp = app.table("serials", {
	id: serial().primaryKey(),
	big: bigserial({ mode: 'number' }).notNull(),
});

export const ids = pgTable("ids", {
	a: integer().primaryKey().generatedAlwaysAsIdentity(),
	b: bigint({ mode: 'number' }).generatedByDefaultAsIdentity(),
	c: smallint().generatedAlwaysAsIdentity({ startWith: 10 ,increment: 5 ,minValue: 10 ,maxValue: 1000 ,cache: 20 ,cycle: true }),
	d: bigint({ mode: 'number' }).generatedByDefaultAsIdentity({ name: "ids_d_custom_seq" ,startWith: -100 ,increment: -1 ,minValue: -1000 ,maxValue: -1 }),
	e: integer().notNull(),
});

export const serials = pgTable("serials", {
	s: serial().notNull(),
	bs: bigserial({ mode: 'number' }).notNull(),
	ss: smallserial().notNull(),
});
