import { pgTable, text, integer, bigint, jsonb, date, index, primaryKey, check } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"



export const events = pgTable("events", {
	kind: text().notNull(),
	payload: jsonb(),
}, (table) => [
check("events_kind_check", sql`(kind <> ''::text)`),]);

export const eventsClick = pgTable("events_click", {
	kind: text().notNull(),
	payload: jsonb(),
}, (table) => [
check("events_kind_check", sql`(kind <> ''::text)`),]);

export const eventsOther = pgTable("events_other", {
	kind: text().notNull(),
	payload: jsonb(),
}, (table) => [
check("events_kind_check", sql`(kind <> ''::text)`),]);

export const legacyChild = pgTable("legacy_child", {
	id: integer().notNull(),
	note: text(),
	extra: text(),
});

export const legacyParent = pgTable("legacy_parent", {
	id: integer().primaryKey(),
	note: text(),
});

export const measurements = pgTable("measurements", {
	id: bigint({ mode: 'number' }).generatedAlwaysAsIdentity(),
	cityId: integer("city_id").notNull(),
	logdate: date().notNull(),
	peaktemp: integer(),
}, (table) => [
	primaryKey({ columns: [table.id, table.logdate], name: "measurements_pkey"}),
	index("measurements_city_idx").using("btree", table.cityId.asc().nullsLast()),
]);

export const measurements2024 = pgTable("measurements_2024", {
	id: bigint({ mode: 'number' }).notNull(),
	cityId: integer("city_id").notNull(),
	logdate: date().notNull(),
	peaktemp: integer(),
}, (table) => [
	primaryKey({ columns: [table.id, table.logdate], name: "measurements_2024_pkey"}),
	index("measurements_2024_city_id_idx").using("btree", table.cityId.asc().nullsLast()),
]);

export const measurements2025 = pgTable("measurements_2025", {
	id: bigint({ mode: 'number' }).notNull(),
	cityId: integer("city_id").notNull(),
	logdate: date().notNull(),
	peaktemp: integer(),
}, (table) => [
	primaryKey({ columns: [table.id, table.logdate], name: "measurements_2025_pkey"}),
	index("measurements_2025_city_id_idx").using("btree", table.cityId.asc().nullsLast()),
]);
