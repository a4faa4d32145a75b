import { pgTable, pgEnum, serial, integer, varchar, text, numeric, boolean, jsonb, uuid, timestamp, uniqueIndex, index, foreignKey, primaryKey } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const benchKind = pgEnum("bench_kind", ["alpha", "beta", "gamma", "delta"])


export const t0001 = pgTable("t_0001", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	uniqueIndex("t_0001_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0001_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0002 = pgTable("t_0002", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0001.id],
		name: "t_0002_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0002_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0002_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0003 = pgTable("t_0003", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0002.id],
		name: "t_0003_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0003_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0003_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0004 = pgTable("t_0004", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0003.id],
		name: "t_0004_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0004_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0004_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0005 = pgTable("t_0005", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0004.id],
		name: "t_0005_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0005_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0005_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0006 = pgTable("t_0006", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0005.id],
		name: "t_0006_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0006_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0006_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0007 = pgTable("t_0007", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0006.id],
		name: "t_0007_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0007_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0007_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0008 = pgTable("t_0008", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0007.id],
		name: "t_0008_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0008_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0008_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0009 = pgTable("t_0009", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0008.id],
		name: "t_0009_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0009_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0009_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0010 = pgTable("t_0010", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0009.id],
		name: "t_0010_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0010_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0010_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0011 = pgTable("t_0011", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0010.id],
		name: "t_0011_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0011_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0011_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0012 = pgTable("t_0012", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0011.id],
		name: "t_0012_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0012_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0012_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0013 = pgTable("t_0013", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0012.id],
		name: "t_0013_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0013_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0013_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0014 = pgTable("t_0014", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0013.id],
		name: "t_0014_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0014_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0014_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0015 = pgTable("t_0015", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0014.id],
		name: "t_0015_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0015_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0015_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0016 = pgTable("t_0016", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0015.id],
		name: "t_0016_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0016_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0016_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0017 = pgTable("t_0017", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0016.id],
		name: "t_0017_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0017_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0017_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0018 = pgTable("t_0018", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0017.id],
		name: "t_0018_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0018_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0018_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0019 = pgTable("t_0019", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0018.id],
		name: "t_0019_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0019_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0019_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0020 = pgTable("t_0020", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0019.id],
		name: "t_0020_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0020_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0020_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0021 = pgTable("t_0021", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0020.id],
		name: "t_0021_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0021_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0021_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0022 = pgTable("t_0022", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0021.id],
		name: "t_0022_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0022_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0022_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0023 = pgTable("t_0023", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0022.id],
		name: "t_0023_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0023_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0023_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0024 = pgTable("t_0024", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0023.id],
		name: "t_0024_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0024_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0024_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0025 = pgTable("t_0025", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0024.id],
		name: "t_0025_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0025_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0025_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0026 = pgTable("t_0026", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0025.id],
		name: "t_0026_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0026_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0026_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0027 = pgTable("t_0027", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0026.id],
		name: "t_0027_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0027_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0027_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0028 = pgTable("t_0028", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0027.id],
		name: "t_0028_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0028_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0028_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0029 = pgTable("t_0029", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0028.id],
		name: "t_0029_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0029_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0029_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0030 = pgTable("t_0030", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0029.id],
		name: "t_0030_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0030_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0030_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0031 = pgTable("t_0031", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0030.id],
		name: "t_0031_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0031_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0031_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0032 = pgTable("t_0032", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0031.id],
		name: "t_0032_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0032_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0032_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0033 = pgTable("t_0033", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0032.id],
		name: "t_0033_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0033_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0033_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0034 = pgTable("t_0034", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0033.id],
		name: "t_0034_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0034_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0034_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0035 = pgTable("t_0035", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0034.id],
		name: "t_0035_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0035_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0035_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0036 = pgTable("t_0036", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0035.id],
		name: "t_0036_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0036_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0036_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0037 = pgTable("t_0037", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0036.id],
		name: "t_0037_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0037_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0037_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0038 = pgTable("t_0038", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0037.id],
		name: "t_0038_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0038_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0038_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0039 = pgTable("t_0039", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0038.id],
		name: "t_0039_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0039_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0039_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0040 = pgTable("t_0040", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0039.id],
		name: "t_0040_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0040_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0040_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0041 = pgTable("t_0041", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0040.id],
		name: "t_0041_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0041_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0041_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0042 = pgTable("t_0042", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0041.id],
		name: "t_0042_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0042_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0042_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0043 = pgTable("t_0043", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0042.id],
		name: "t_0043_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0043_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0043_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0044 = pgTable("t_0044", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0043.id],
		name: "t_0044_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0044_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0044_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0045 = pgTable("t_0045", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0044.id],
		name: "t_0045_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0045_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0045_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0046 = pgTable("t_0046", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0045.id],
		name: "t_0046_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0046_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0046_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0047 = pgTable("t_0047", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0046.id],
		name: "t_0047_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0047_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0047_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0048 = pgTable("t_0048", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0047.id],
		name: "t_0048_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0048_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0048_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0049 = pgTable("t_0049", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0048.id],
		name: "t_0049_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0049_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0049_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0050 = pgTable("t_0050", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0049.id],
		name: "t_0050_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0050_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0050_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0051 = pgTable("t_0051", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0050.id],
		name: "t_0051_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0051_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0051_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0052 = pgTable("t_0052", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0051.id],
		name: "t_0052_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0052_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0052_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0053 = pgTable("t_0053", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0052.id],
		name: "t_0053_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0053_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0053_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0054 = pgTable("t_0054", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0053.id],
		name: "t_0054_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0054_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0054_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0055 = pgTable("t_0055", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0054.id],
		name: "t_0055_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0055_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0055_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0056 = pgTable("t_0056", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0055.id],
		name: "t_0056_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0056_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0056_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0057 = pgTable("t_0057", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0056.id],
		name: "t_0057_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0057_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0057_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0058 = pgTable("t_0058", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0057.id],
		name: "t_0058_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0058_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0058_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0059 = pgTable("t_0059", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0058.id],
		name: "t_0059_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0059_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0059_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0060 = pgTable("t_0060", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0059.id],
		name: "t_0060_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0060_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0060_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0061 = pgTable("t_0061", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0060.id],
		name: "t_0061_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0061_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0061_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0062 = pgTable("t_0062", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0061.id],
		name: "t_0062_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0062_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0062_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0063 = pgTable("t_0063", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0062.id],
		name: "t_0063_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0063_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0063_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0064 = pgTable("t_0064", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0063.id],
		name: "t_0064_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0064_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0064_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0065 = pgTable("t_0065", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0064.id],
		name: "t_0065_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0065_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0065_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0066 = pgTable("t_0066", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0065.id],
		name: "t_0066_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0066_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0066_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0067 = pgTable("t_0067", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0066.id],
		name: "t_0067_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0067_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0067_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0068 = pgTable("t_0068", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0067.id],
		name: "t_0068_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0068_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0068_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0069 = pgTable("t_0069", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0068.id],
		name: "t_0069_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0069_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0069_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0070 = pgTable("t_0070", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0069.id],
		name: "t_0070_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0070_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0070_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0071 = pgTable("t_0071", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0070.id],
		name: "t_0071_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0071_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0071_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0072 = pgTable("t_0072", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0071.id],
		name: "t_0072_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0072_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0072_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0073 = pgTable("t_0073", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0072.id],
		name: "t_0073_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0073_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0073_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0074 = pgTable("t_0074", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0073.id],
		name: "t_0074_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0074_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0074_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0075 = pgTable("t_0075", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0074.id],
		name: "t_0075_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0075_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0075_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0076 = pgTable("t_0076", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0075.id],
		name: "t_0076_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0076_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0076_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0077 = pgTable("t_0077", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0076.id],
		name: "t_0077_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0077_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0077_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0078 = pgTable("t_0078", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0077.id],
		name: "t_0078_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0078_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0078_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0079 = pgTable("t_0079", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0078.id],
		name: "t_0079_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0079_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0079_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0080 = pgTable("t_0080", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0079.id],
		name: "t_0080_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0080_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0080_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0081 = pgTable("t_0081", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0080.id],
		name: "t_0081_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0081_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0081_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0082 = pgTable("t_0082", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0081.id],
		name: "t_0082_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0082_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0082_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0083 = pgTable("t_0083", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0082.id],
		name: "t_0083_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0083_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0083_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0084 = pgTable("t_0084", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0083.id],
		name: "t_0084_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0084_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0084_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0085 = pgTable("t_0085", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0084.id],
		name: "t_0085_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0085_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0085_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0086 = pgTable("t_0086", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0085.id],
		name: "t_0086_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0086_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0086_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0087 = pgTable("t_0087", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0086.id],
		name: "t_0087_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0087_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0087_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0088 = pgTable("t_0088", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0087.id],
		name: "t_0088_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0088_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0088_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0089 = pgTable("t_0089", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0088.id],
		name: "t_0089_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0089_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0089_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0090 = pgTable("t_0090", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0089.id],
		name: "t_0090_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0090_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0090_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0091 = pgTable("t_0091", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0090.id],
		name: "t_0091_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0091_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0091_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0092 = pgTable("t_0092", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0091.id],
		name: "t_0092_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0092_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0092_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0093 = pgTable("t_0093", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0092.id],
		name: "t_0093_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0093_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0093_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0094 = pgTable("t_0094", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0093.id],
		name: "t_0094_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0094_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0094_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0095 = pgTable("t_0095", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0094.id],
		name: "t_0095_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0095_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0095_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0096 = pgTable("t_0096", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0095.id],
		name: "t_0096_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0096_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0096_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0097 = pgTable("t_0097", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0096.id],
		name: "t_0097_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0097_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0097_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0098 = pgTable("t_0098", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0097.id],
		name: "t_0098_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0098_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0098_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0099 = pgTable("t_0099", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0098.id],
		name: "t_0099_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0099_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0099_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0100 = pgTable("t_0100", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0099.id],
		name: "t_0100_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0100_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0100_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0101 = pgTable("t_0101", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0100.id],
		name: "t_0101_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0101_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0101_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0102 = pgTable("t_0102", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0101.id],
		name: "t_0102_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0102_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0102_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0103 = pgTable("t_0103", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0102.id],
		name: "t_0103_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0103_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0103_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0104 = pgTable("t_0104", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0103.id],
		name: "t_0104_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0104_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0104_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0105 = pgTable("t_0105", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0104.id],
		name: "t_0105_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0105_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0105_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0106 = pgTable("t_0106", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0105.id],
		name: "t_0106_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0106_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0106_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0107 = pgTable("t_0107", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0106.id],
		name: "t_0107_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0107_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0107_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0108 = pgTable("t_0108", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0107.id],
		name: "t_0108_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0108_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0108_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0109 = pgTable("t_0109", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0108.id],
		name: "t_0109_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0109_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0109_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0110 = pgTable("t_0110", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0109.id],
		name: "t_0110_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0110_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0110_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0111 = pgTable("t_0111", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0110.id],
		name: "t_0111_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0111_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0111_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0112 = pgTable("t_0112", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0111.id],
		name: "t_0112_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0112_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0112_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0113 = pgTable("t_0113", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0112.id],
		name: "t_0113_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0113_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0113_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0114 = pgTable("t_0114", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0113.id],
		name: "t_0114_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0114_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0114_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0115 = pgTable("t_0115", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0114.id],
		name: "t_0115_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0115_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0115_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0116 = pgTable("t_0116", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0115.id],
		name: "t_0116_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0116_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0116_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0117 = pgTable("t_0117", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0116.id],
		name: "t_0117_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0117_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0117_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0118 = pgTable("t_0118", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0117.id],
		name: "t_0118_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0118_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0118_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0119 = pgTable("t_0119", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0118.id],
		name: "t_0119_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0119_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0119_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0120 = pgTable("t_0120", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0119.id],
		name: "t_0120_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0120_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0120_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0121 = pgTable("t_0121", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0120.id],
		name: "t_0121_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0121_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0121_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0122 = pgTable("t_0122", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0121.id],
		name: "t_0122_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0122_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0122_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0123 = pgTable("t_0123", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0122.id],
		name: "t_0123_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0123_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0123_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0124 = pgTable("t_0124", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0123.id],
		name: "t_0124_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0124_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0124_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0125 = pgTable("t_0125", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0124.id],
		name: "t_0125_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0125_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0125_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0126 = pgTable("t_0126", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0125.id],
		name: "t_0126_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0126_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0126_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0127 = pgTable("t_0127", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0126.id],
		name: "t_0127_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0127_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0127_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0128 = pgTable("t_0128", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0127.id],
		name: "t_0128_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0128_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0128_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0129 = pgTable("t_0129", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0128.id],
		name: "t_0129_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0129_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0129_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0130 = pgTable("t_0130", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0129.id],
		name: "t_0130_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0130_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0130_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0131 = pgTable("t_0131", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0130.id],
		name: "t_0131_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0131_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0131_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0132 = pgTable("t_0132", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0131.id],
		name: "t_0132_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0132_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0132_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0133 = pgTable("t_0133", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0132.id],
		name: "t_0133_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0133_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0133_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0134 = pgTable("t_0134", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0133.id],
		name: "t_0134_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0134_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0134_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0135 = pgTable("t_0135", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0134.id],
		name: "t_0135_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0135_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0135_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0136 = pgTable("t_0136", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0135.id],
		name: "t_0136_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0136_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0136_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0137 = pgTable("t_0137", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0136.id],
		name: "t_0137_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0137_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0137_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0138 = pgTable("t_0138", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0137.id],
		name: "t_0138_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0138_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0138_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0139 = pgTable("t_0139", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0138.id],
		name: "t_0139_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0139_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0139_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0140 = pgTable("t_0140", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0139.id],
		name: "t_0140_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0140_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0140_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0141 = pgTable("t_0141", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0140.id],
		name: "t_0141_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0141_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0141_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0142 = pgTable("t_0142", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0141.id],
		name: "t_0142_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0142_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0142_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0143 = pgTable("t_0143", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0142.id],
		name: "t_0143_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0143_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0143_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0144 = pgTable("t_0144", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0143.id],
		name: "t_0144_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0144_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0144_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0145 = pgTable("t_0145", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0144.id],
		name: "t_0145_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0145_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0145_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0146 = pgTable("t_0146", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0145.id],
		name: "t_0146_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0146_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0146_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0147 = pgTable("t_0147", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0146.id],
		name: "t_0147_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0147_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0147_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0148 = pgTable("t_0148", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0147.id],
		name: "t_0148_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0148_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0148_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0149 = pgTable("t_0149", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0148.id],
		name: "t_0149_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0149_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0149_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0150 = pgTable("t_0150", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0149.id],
		name: "t_0150_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0150_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0150_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0151 = pgTable("t_0151", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0150.id],
		name: "t_0151_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0151_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0151_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0152 = pgTable("t_0152", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0151.id],
		name: "t_0152_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0152_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0152_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0153 = pgTable("t_0153", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0152.id],
		name: "t_0153_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0153_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0153_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0154 = pgTable("t_0154", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0153.id],
		name: "t_0154_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0154_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0154_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0155 = pgTable("t_0155", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0154.id],
		name: "t_0155_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0155_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0155_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0156 = pgTable("t_0156", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0155.id],
		name: "t_0156_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0156_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0156_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0157 = pgTable("t_0157", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0156.id],
		name: "t_0157_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0157_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0157_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0158 = pgTable("t_0158", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0157.id],
		name: "t_0158_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0158_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0158_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0159 = pgTable("t_0159", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0158.id],
		name: "t_0159_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0159_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0159_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0160 = pgTable("t_0160", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0159.id],
		name: "t_0160_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0160_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0160_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0161 = pgTable("t_0161", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0160.id],
		name: "t_0161_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0161_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0161_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0162 = pgTable("t_0162", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0161.id],
		name: "t_0162_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0162_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0162_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0163 = pgTable("t_0163", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0162.id],
		name: "t_0163_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0163_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0163_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0164 = pgTable("t_0164", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0163.id],
		name: "t_0164_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0164_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0164_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0165 = pgTable("t_0165", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0164.id],
		name: "t_0165_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0165_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0165_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0166 = pgTable("t_0166", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0165.id],
		name: "t_0166_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0166_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0166_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0167 = pgTable("t_0167", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0166.id],
		name: "t_0167_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0167_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0167_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0168 = pgTable("t_0168", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0167.id],
		name: "t_0168_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0168_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0168_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0169 = pgTable("t_0169", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0168.id],
		name: "t_0169_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0169_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0169_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0170 = pgTable("t_0170", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0169.id],
		name: "t_0170_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0170_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0170_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0171 = pgTable("t_0171", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0170.id],
		name: "t_0171_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0171_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0171_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0172 = pgTable("t_0172", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0171.id],
		name: "t_0172_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0172_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0172_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0173 = pgTable("t_0173", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0172.id],
		name: "t_0173_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0173_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0173_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0174 = pgTable("t_0174", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0173.id],
		name: "t_0174_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0174_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0174_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0175 = pgTable("t_0175", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0174.id],
		name: "t_0175_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0175_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0175_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0176 = pgTable("t_0176", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0175.id],
		name: "t_0176_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0176_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0176_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0177 = pgTable("t_0177", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0176.id],
		name: "t_0177_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0177_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0177_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0178 = pgTable("t_0178", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0177.id],
		name: "t_0178_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0178_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0178_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0179 = pgTable("t_0179", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0178.id],
		name: "t_0179_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0179_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0179_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0180 = pgTable("t_0180", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0179.id],
		name: "t_0180_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0180_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0180_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0181 = pgTable("t_0181", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0180.id],
		name: "t_0181_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0181_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0181_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0182 = pgTable("t_0182", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0181.id],
		name: "t_0182_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0182_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0182_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0183 = pgTable("t_0183", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0182.id],
		name: "t_0183_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0183_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0183_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0184 = pgTable("t_0184", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0183.id],
		name: "t_0184_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0184_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0184_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0185 = pgTable("t_0185", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0184.id],
		name: "t_0185_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0185_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0185_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0186 = pgTable("t_0186", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0185.id],
		name: "t_0186_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0186_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0186_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0187 = pgTable("t_0187", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0186.id],
		name: "t_0187_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0187_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0187_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0188 = pgTable("t_0188", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0187.id],
		name: "t_0188_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0188_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0188_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0189 = pgTable("t_0189", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0188.id],
		name: "t_0189_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0189_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0189_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0190 = pgTable("t_0190", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0189.id],
		name: "t_0190_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0190_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0190_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0191 = pgTable("t_0191", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0190.id],
		name: "t_0191_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0191_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0191_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0192 = pgTable("t_0192", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0191.id],
		name: "t_0192_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0192_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0192_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0193 = pgTable("t_0193", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0192.id],
		name: "t_0193_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0193_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0193_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0194 = pgTable("t_0194", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0193.id],
		name: "t_0194_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0194_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0194_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0195 = pgTable("t_0195", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0194.id],
		name: "t_0195_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0195_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0195_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0196 = pgTable("t_0196", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0195.id],
		name: "t_0196_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0196_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0196_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0197 = pgTable("t_0197", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0196.id],
		name: "t_0197_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0197_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0197_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0198 = pgTable("t_0198", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0197.id],
		name: "t_0198_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0198_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0198_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0199 = pgTable("t_0199", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0198.id],
		name: "t_0199_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0199_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0199_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0200 = pgTable("t_0200", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0199.id],
		name: "t_0200_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0200_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0200_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0201 = pgTable("t_0201", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0200.id],
		name: "t_0201_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0201_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0201_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0202 = pgTable("t_0202", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0201.id],
		name: "t_0202_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0202_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0202_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0203 = pgTable("t_0203", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0202.id],
		name: "t_0203_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0203_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0203_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0204 = pgTable("t_0204", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0203.id],
		name: "t_0204_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0204_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0204_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0205 = pgTable("t_0205", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0204.id],
		name: "t_0205_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0205_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0205_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0206 = pgTable("t_0206", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0205.id],
		name: "t_0206_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0206_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0206_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0207 = pgTable("t_0207", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0206.id],
		name: "t_0207_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0207_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0207_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0208 = pgTable("t_0208", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0207.id],
		name: "t_0208_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0208_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0208_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0209 = pgTable("t_0209", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0208.id],
		name: "t_0209_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0209_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0209_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0210 = pgTable("t_0210", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0209.id],
		name: "t_0210_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0210_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0210_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0211 = pgTable("t_0211", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0210.id],
		name: "t_0211_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0211_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0211_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0212 = pgTable("t_0212", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0211.id],
		name: "t_0212_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0212_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0212_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0213 = pgTable("t_0213", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0212.id],
		name: "t_0213_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0213_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0213_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0214 = pgTable("t_0214", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0213.id],
		name: "t_0214_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0214_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0214_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0215 = pgTable("t_0215", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0214.id],
		name: "t_0215_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0215_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0215_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0216 = pgTable("t_0216", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0215.id],
		name: "t_0216_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0216_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0216_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0217 = pgTable("t_0217", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0216.id],
		name: "t_0217_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0217_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0217_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0218 = pgTable("t_0218", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0217.id],
		name: "t_0218_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0218_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0218_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0219 = pgTable("t_0219", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0218.id],
		name: "t_0219_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0219_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0219_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0220 = pgTable("t_0220", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0219.id],
		name: "t_0220_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0220_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0220_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0221 = pgTable("t_0221", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0220.id],
		name: "t_0221_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0221_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0221_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0222 = pgTable("t_0222", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0221.id],
		name: "t_0222_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0222_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0222_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0223 = pgTable("t_0223", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0222.id],
		name: "t_0223_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0223_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0223_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0224 = pgTable("t_0224", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0223.id],
		name: "t_0224_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0224_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0224_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0225 = pgTable("t_0225", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0224.id],
		name: "t_0225_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0225_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0225_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0226 = pgTable("t_0226", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0225.id],
		name: "t_0226_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0226_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0226_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0227 = pgTable("t_0227", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0226.id],
		name: "t_0227_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0227_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0227_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0228 = pgTable("t_0228", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0227.id],
		name: "t_0228_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0228_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0228_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0229 = pgTable("t_0229", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0228.id],
		name: "t_0229_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0229_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0229_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0230 = pgTable("t_0230", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0229.id],
		name: "t_0230_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0230_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0230_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0231 = pgTable("t_0231", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0230.id],
		name: "t_0231_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0231_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0231_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0232 = pgTable("t_0232", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0231.id],
		name: "t_0232_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0232_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0232_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0233 = pgTable("t_0233", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0232.id],
		name: "t_0233_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0233_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0233_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0234 = pgTable("t_0234", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0233.id],
		name: "t_0234_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0234_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0234_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0235 = pgTable("t_0235", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0234.id],
		name: "t_0235_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0235_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0235_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0236 = pgTable("t_0236", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0235.id],
		name: "t_0236_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0236_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0236_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0237 = pgTable("t_0237", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0236.id],
		name: "t_0237_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0237_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0237_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0238 = pgTable("t_0238", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0237.id],
		name: "t_0238_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0238_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0238_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0239 = pgTable("t_0239", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0238.id],
		name: "t_0239_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0239_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0239_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0240 = pgTable("t_0240", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0239.id],
		name: "t_0240_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0240_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0240_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0241 = pgTable("t_0241", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0240.id],
		name: "t_0241_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0241_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0241_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0242 = pgTable("t_0242", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0241.id],
		name: "t_0242_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0242_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0242_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0243 = pgTable("t_0243", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0242.id],
		name: "t_0243_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0243_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0243_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0244 = pgTable("t_0244", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0243.id],
		name: "t_0244_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0244_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0244_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0245 = pgTable("t_0245", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0244.id],
		name: "t_0245_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0245_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0245_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0246 = pgTable("t_0246", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0245.id],
		name: "t_0246_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0246_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0246_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0247 = pgTable("t_0247", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0246.id],
		name: "t_0247_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0247_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0247_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0248 = pgTable("t_0248", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0247.id],
		name: "t_0248_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0248_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0248_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0249 = pgTable("t_0249", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0248.id],
		name: "t_0249_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0249_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0249_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0250 = pgTable("t_0250", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0249.id],
		name: "t_0250_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0250_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0250_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0251 = pgTable("t_0251", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0250.id],
		name: "t_0251_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0251_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0251_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0252 = pgTable("t_0252", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0251.id],
		name: "t_0252_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0252_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0252_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0253 = pgTable("t_0253", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0252.id],
		name: "t_0253_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0253_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0253_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0254 = pgTable("t_0254", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0253.id],
		name: "t_0254_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0254_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0254_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0255 = pgTable("t_0255", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0254.id],
		name: "t_0255_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0255_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0255_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0256 = pgTable("t_0256", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0255.id],
		name: "t_0256_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0256_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0256_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0257 = pgTable("t_0257", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0256.id],
		name: "t_0257_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0257_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0257_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0258 = pgTable("t_0258", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0257.id],
		name: "t_0258_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0258_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0258_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0259 = pgTable("t_0259", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0258.id],
		name: "t_0259_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0259_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0259_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0260 = pgTable("t_0260", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0259.id],
		name: "t_0260_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0260_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0260_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0261 = pgTable("t_0261", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0260.id],
		name: "t_0261_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0261_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0261_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0262 = pgTable("t_0262", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0261.id],
		name: "t_0262_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0262_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0262_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0263 = pgTable("t_0263", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0262.id],
		name: "t_0263_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0263_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0263_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0264 = pgTable("t_0264", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0263.id],
		name: "t_0264_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0264_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0264_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0265 = pgTable("t_0265", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0264.id],
		name: "t_0265_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0265_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0265_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0266 = pgTable("t_0266", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0265.id],
		name: "t_0266_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0266_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0266_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0267 = pgTable("t_0267", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0266.id],
		name: "t_0267_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0267_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0267_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0268 = pgTable("t_0268", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0267.id],
		name: "t_0268_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0268_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0268_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0269 = pgTable("t_0269", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0268.id],
		name: "t_0269_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0269_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0269_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0270 = pgTable("t_0270", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0269.id],
		name: "t_0270_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0270_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0270_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0271 = pgTable("t_0271", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0270.id],
		name: "t_0271_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0271_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0271_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0272 = pgTable("t_0272", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0271.id],
		name: "t_0272_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0272_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0272_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0273 = pgTable("t_0273", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0272.id],
		name: "t_0273_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0273_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0273_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0274 = pgTable("t_0274", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0273.id],
		name: "t_0274_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0274_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0274_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0275 = pgTable("t_0275", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0274.id],
		name: "t_0275_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0275_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0275_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0276 = pgTable("t_0276", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0275.id],
		name: "t_0276_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0276_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0276_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0277 = pgTable("t_0277", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0276.id],
		name: "t_0277_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0277_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0277_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0278 = pgTable("t_0278", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0277.id],
		name: "t_0278_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0278_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0278_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0279 = pgTable("t_0279", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0278.id],
		name: "t_0279_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0279_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0279_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0280 = pgTable("t_0280", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0279.id],
		name: "t_0280_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0280_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0280_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0281 = pgTable("t_0281", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0280.id],
		name: "t_0281_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0281_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0281_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0282 = pgTable("t_0282", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0281.id],
		name: "t_0282_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0282_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0282_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0283 = pgTable("t_0283", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0282.id],
		name: "t_0283_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0283_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0283_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0284 = pgTable("t_0284", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0283.id],
		name: "t_0284_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0284_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0284_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0285 = pgTable("t_0285", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0284.id],
		name: "t_0285_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0285_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0285_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0286 = pgTable("t_0286", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0285.id],
		name: "t_0286_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0286_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0286_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0287 = pgTable("t_0287", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0286.id],
		name: "t_0287_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0287_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0287_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0288 = pgTable("t_0288", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0287.id],
		name: "t_0288_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0288_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0288_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0289 = pgTable("t_0289", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0288.id],
		name: "t_0289_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0289_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0289_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0290 = pgTable("t_0290", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0289.id],
		name: "t_0290_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0290_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0290_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0291 = pgTable("t_0291", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0290.id],
		name: "t_0291_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0291_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0291_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0292 = pgTable("t_0292", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0291.id],
		name: "t_0292_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0292_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0292_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0293 = pgTable("t_0293", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0292.id],
		name: "t_0293_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0293_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0293_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0294 = pgTable("t_0294", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0293.id],
		name: "t_0294_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0294_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0294_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0295 = pgTable("t_0295", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0294.id],
		name: "t_0295_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0295_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0295_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0296 = pgTable("t_0296", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0295.id],
		name: "t_0296_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0296_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0296_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0297 = pgTable("t_0297", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0296.id],
		name: "t_0297_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0297_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0297_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0298 = pgTable("t_0298", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0297.id],
		name: "t_0298_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0298_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0298_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0299 = pgTable("t_0299", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0298.id],
		name: "t_0299_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0299_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0299_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0300 = pgTable("t_0300", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0299.id],
		name: "t_0300_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0300_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0300_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0301 = pgTable("t_0301", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0300.id],
		name: "t_0301_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0301_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0301_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0302 = pgTable("t_0302", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0301.id],
		name: "t_0302_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0302_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0302_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0303 = pgTable("t_0303", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0302.id],
		name: "t_0303_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0303_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0303_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0304 = pgTable("t_0304", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0303.id],
		name: "t_0304_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0304_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0304_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0305 = pgTable("t_0305", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0304.id],
		name: "t_0305_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0305_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0305_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0306 = pgTable("t_0306", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0305.id],
		name: "t_0306_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0306_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0306_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0307 = pgTable("t_0307", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0306.id],
		name: "t_0307_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0307_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0307_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0308 = pgTable("t_0308", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0307.id],
		name: "t_0308_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0308_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0308_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0309 = pgTable("t_0309", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0308.id],
		name: "t_0309_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0309_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0309_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0310 = pgTable("t_0310", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0309.id],
		name: "t_0310_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0310_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0310_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0311 = pgTable("t_0311", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0310.id],
		name: "t_0311_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0311_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0311_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0312 = pgTable("t_0312", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0311.id],
		name: "t_0312_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0312_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0312_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0313 = pgTable("t_0313", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0312.id],
		name: "t_0313_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0313_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0313_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0314 = pgTable("t_0314", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0313.id],
		name: "t_0314_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0314_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0314_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0315 = pgTable("t_0315", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0314.id],
		name: "t_0315_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0315_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0315_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0316 = pgTable("t_0316", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0315.id],
		name: "t_0316_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0316_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0316_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0317 = pgTable("t_0317", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0316.id],
		name: "t_0317_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0317_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0317_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0318 = pgTable("t_0318", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0317.id],
		name: "t_0318_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0318_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0318_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0319 = pgTable("t_0319", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0318.id],
		name: "t_0319_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0319_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0319_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0320 = pgTable("t_0320", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0319.id],
		name: "t_0320_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0320_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0320_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0321 = pgTable("t_0321", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0320.id],
		name: "t_0321_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0321_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0321_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0322 = pgTable("t_0322", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0321.id],
		name: "t_0322_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0322_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0322_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0323 = pgTable("t_0323", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0322.id],
		name: "t_0323_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0323_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0323_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0324 = pgTable("t_0324", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0323.id],
		name: "t_0324_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0324_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0324_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0325 = pgTable("t_0325", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0324.id],
		name: "t_0325_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0325_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0325_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0326 = pgTable("t_0326", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0325.id],
		name: "t_0326_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0326_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0326_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0327 = pgTable("t_0327", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0326.id],
		name: "t_0327_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0327_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0327_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0328 = pgTable("t_0328", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0327.id],
		name: "t_0328_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0328_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0328_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0329 = pgTable("t_0329", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0328.id],
		name: "t_0329_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0329_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0329_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0330 = pgTable("t_0330", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0329.id],
		name: "t_0330_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0330_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0330_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0331 = pgTable("t_0331", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0330.id],
		name: "t_0331_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0331_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0331_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0332 = pgTable("t_0332", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0331.id],
		name: "t_0332_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0332_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0332_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0333 = pgTable("t_0333", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0332.id],
		name: "t_0333_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0333_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0333_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0334 = pgTable("t_0334", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0333.id],
		name: "t_0334_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0334_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0334_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0335 = pgTable("t_0335", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0334.id],
		name: "t_0335_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0335_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0335_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0336 = pgTable("t_0336", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0335.id],
		name: "t_0336_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0336_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0336_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0337 = pgTable("t_0337", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0336.id],
		name: "t_0337_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0337_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0337_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0338 = pgTable("t_0338", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0337.id],
		name: "t_0338_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0338_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0338_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0339 = pgTable("t_0339", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0338.id],
		name: "t_0339_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0339_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0339_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0340 = pgTable("t_0340", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0339.id],
		name: "t_0340_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0340_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0340_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0341 = pgTable("t_0341", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0340.id],
		name: "t_0341_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0341_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0341_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0342 = pgTable("t_0342", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0341.id],
		name: "t_0342_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0342_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0342_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0343 = pgTable("t_0343", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0342.id],
		name: "t_0343_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0343_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0343_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0344 = pgTable("t_0344", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0343.id],
		name: "t_0344_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0344_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0344_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0345 = pgTable("t_0345", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0344.id],
		name: "t_0345_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0345_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0345_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0346 = pgTable("t_0346", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0345.id],
		name: "t_0346_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0346_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0346_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0347 = pgTable("t_0347", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0346.id],
		name: "t_0347_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0347_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0347_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0348 = pgTable("t_0348", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0347.id],
		name: "t_0348_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0348_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0348_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0349 = pgTable("t_0349", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0348.id],
		name: "t_0349_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0349_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0349_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0350 = pgTable("t_0350", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0349.id],
		name: "t_0350_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0350_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0350_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0351 = pgTable("t_0351", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0350.id],
		name: "t_0351_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0351_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0351_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0352 = pgTable("t_0352", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0351.id],
		name: "t_0352_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0352_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0352_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0353 = pgTable("t_0353", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0352.id],
		name: "t_0353_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0353_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0353_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0354 = pgTable("t_0354", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0353.id],
		name: "t_0354_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0354_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0354_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0355 = pgTable("t_0355", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0354.id],
		name: "t_0355_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0355_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0355_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0356 = pgTable("t_0356", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0355.id],
		name: "t_0356_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0356_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0356_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0357 = pgTable("t_0357", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0356.id],
		name: "t_0357_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0357_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0357_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0358 = pgTable("t_0358", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0357.id],
		name: "t_0358_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0358_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0358_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0359 = pgTable("t_0359", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0358.id],
		name: "t_0359_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0359_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0359_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0360 = pgTable("t_0360", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0359.id],
		name: "t_0360_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0360_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0360_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0361 = pgTable("t_0361", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0360.id],
		name: "t_0361_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0361_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0361_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0362 = pgTable("t_0362", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0361.id],
		name: "t_0362_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0362_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0362_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0363 = pgTable("t_0363", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0362.id],
		name: "t_0363_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0363_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0363_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0364 = pgTable("t_0364", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0363.id],
		name: "t_0364_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0364_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0364_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0365 = pgTable("t_0365", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0364.id],
		name: "t_0365_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0365_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0365_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0366 = pgTable("t_0366", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0365.id],
		name: "t_0366_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0366_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0366_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0367 = pgTable("t_0367", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0366.id],
		name: "t_0367_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0367_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0367_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0368 = pgTable("t_0368", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0367.id],
		name: "t_0368_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0368_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0368_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0369 = pgTable("t_0369", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0368.id],
		name: "t_0369_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0369_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0369_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0370 = pgTable("t_0370", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0369.id],
		name: "t_0370_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0370_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0370_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0371 = pgTable("t_0371", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0370.id],
		name: "t_0371_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0371_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0371_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0372 = pgTable("t_0372", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0371.id],
		name: "t_0372_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0372_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0372_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0373 = pgTable("t_0373", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0372.id],
		name: "t_0373_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0373_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0373_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0374 = pgTable("t_0374", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0373.id],
		name: "t_0374_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0374_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0374_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0375 = pgTable("t_0375", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0374.id],
		name: "t_0375_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0375_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0375_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0376 = pgTable("t_0376", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0375.id],
		name: "t_0376_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0376_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0376_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0377 = pgTable("t_0377", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0376.id],
		name: "t_0377_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0377_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0377_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0378 = pgTable("t_0378", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0377.id],
		name: "t_0378_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0378_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0378_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0379 = pgTable("t_0379", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0378.id],
		name: "t_0379_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0379_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0379_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0380 = pgTable("t_0380", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0379.id],
		name: "t_0380_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0380_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0380_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0381 = pgTable("t_0381", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0380.id],
		name: "t_0381_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0381_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0381_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0382 = pgTable("t_0382", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0381.id],
		name: "t_0382_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0382_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0382_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0383 = pgTable("t_0383", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0382.id],
		name: "t_0383_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0383_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0383_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0384 = pgTable("t_0384", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0383.id],
		name: "t_0384_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0384_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0384_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0385 = pgTable("t_0385", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0384.id],
		name: "t_0385_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0385_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0385_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0386 = pgTable("t_0386", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0385.id],
		name: "t_0386_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0386_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0386_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0387 = pgTable("t_0387", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0386.id],
		name: "t_0387_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0387_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0387_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0388 = pgTable("t_0388", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0387.id],
		name: "t_0388_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0388_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0388_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0389 = pgTable("t_0389", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0388.id],
		name: "t_0389_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0389_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0389_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0390 = pgTable("t_0390", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0389.id],
		name: "t_0390_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0390_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0390_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0391 = pgTable("t_0391", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0390.id],
		name: "t_0391_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0391_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0391_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0392 = pgTable("t_0392", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0391.id],
		name: "t_0392_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0392_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0392_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0393 = pgTable("t_0393", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0392.id],
		name: "t_0393_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0393_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0393_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0394 = pgTable("t_0394", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0393.id],
		name: "t_0394_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0394_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0394_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0395 = pgTable("t_0395", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0394.id],
		name: "t_0395_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0395_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0395_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0396 = pgTable("t_0396", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0395.id],
		name: "t_0396_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0396_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0396_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0397 = pgTable("t_0397", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0396.id],
		name: "t_0397_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0397_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0397_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0398 = pgTable("t_0398", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0397.id],
		name: "t_0398_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0398_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0398_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0399 = pgTable("t_0399", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0398.id],
		name: "t_0399_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0399_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0399_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0400 = pgTable("t_0400", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0399.id],
		name: "t_0400_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0400_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0400_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0401 = pgTable("t_0401", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0400.id],
		name: "t_0401_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0401_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0401_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0402 = pgTable("t_0402", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0401.id],
		name: "t_0402_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0402_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0402_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0403 = pgTable("t_0403", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0402.id],
		name: "t_0403_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0403_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0403_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0404 = pgTable("t_0404", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0403.id],
		name: "t_0404_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0404_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0404_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0405 = pgTable("t_0405", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0404.id],
		name: "t_0405_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0405_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0405_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0406 = pgTable("t_0406", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0405.id],
		name: "t_0406_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0406_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0406_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0407 = pgTable("t_0407", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0406.id],
		name: "t_0407_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0407_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0407_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0408 = pgTable("t_0408", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0407.id],
		name: "t_0408_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0408_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0408_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0409 = pgTable("t_0409", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0408.id],
		name: "t_0409_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0409_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0409_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0410 = pgTable("t_0410", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0409.id],
		name: "t_0410_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0410_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0410_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0411 = pgTable("t_0411", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0410.id],
		name: "t_0411_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0411_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0411_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0412 = pgTable("t_0412", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0411.id],
		name: "t_0412_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0412_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0412_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0413 = pgTable("t_0413", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0412.id],
		name: "t_0413_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0413_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0413_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0414 = pgTable("t_0414", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0413.id],
		name: "t_0414_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0414_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0414_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0415 = pgTable("t_0415", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0414.id],
		name: "t_0415_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0415_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0415_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0416 = pgTable("t_0416", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0415.id],
		name: "t_0416_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0416_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0416_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0417 = pgTable("t_0417", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0416.id],
		name: "t_0417_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0417_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0417_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0418 = pgTable("t_0418", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0417.id],
		name: "t_0418_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0418_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0418_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0419 = pgTable("t_0419", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0418.id],
		name: "t_0419_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0419_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0419_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0420 = pgTable("t_0420", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0419.id],
		name: "t_0420_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0420_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0420_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0421 = pgTable("t_0421", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0420.id],
		name: "t_0421_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0421_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0421_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0422 = pgTable("t_0422", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0421.id],
		name: "t_0422_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0422_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0422_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0423 = pgTable("t_0423", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0422.id],
		name: "t_0423_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0423_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0423_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0424 = pgTable("t_0424", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0423.id],
		name: "t_0424_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0424_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0424_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0425 = pgTable("t_0425", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0424.id],
		name: "t_0425_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0425_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0425_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0426 = pgTable("t_0426", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0425.id],
		name: "t_0426_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0426_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0426_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0427 = pgTable("t_0427", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0426.id],
		name: "t_0427_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0427_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0427_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0428 = pgTable("t_0428", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0427.id],
		name: "t_0428_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0428_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0428_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0429 = pgTable("t_0429", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0428.id],
		name: "t_0429_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0429_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0429_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0430 = pgTable("t_0430", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0429.id],
		name: "t_0430_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0430_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0430_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0431 = pgTable("t_0431", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0430.id],
		name: "t_0431_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0431_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0431_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0432 = pgTable("t_0432", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0431.id],
		name: "t_0432_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0432_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0432_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0433 = pgTable("t_0433", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0432.id],
		name: "t_0433_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0433_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0433_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0434 = pgTable("t_0434", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0433.id],
		name: "t_0434_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0434_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0434_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0435 = pgTable("t_0435", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0434.id],
		name: "t_0435_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0435_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0435_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0436 = pgTable("t_0436", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0435.id],
		name: "t_0436_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0436_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0436_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0437 = pgTable("t_0437", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0436.id],
		name: "t_0437_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0437_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0437_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0438 = pgTable("t_0438", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0437.id],
		name: "t_0438_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0438_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0438_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0439 = pgTable("t_0439", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0438.id],
		name: "t_0439_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0439_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0439_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0440 = pgTable("t_0440", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0439.id],
		name: "t_0440_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0440_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0440_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0441 = pgTable("t_0441", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0440.id],
		name: "t_0441_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0441_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0441_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0442 = pgTable("t_0442", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0441.id],
		name: "t_0442_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0442_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0442_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0443 = pgTable("t_0443", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0442.id],
		name: "t_0443_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0443_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0443_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0444 = pgTable("t_0444", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0443.id],
		name: "t_0444_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0444_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0444_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0445 = pgTable("t_0445", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0444.id],
		name: "t_0445_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0445_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0445_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0446 = pgTable("t_0446", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0445.id],
		name: "t_0446_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0446_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0446_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0447 = pgTable("t_0447", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0446.id],
		name: "t_0447_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0447_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0447_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0448 = pgTable("t_0448", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0447.id],
		name: "t_0448_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0448_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0448_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0449 = pgTable("t_0449", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0448.id],
		name: "t_0449_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0449_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0449_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0450 = pgTable("t_0450", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0449.id],
		name: "t_0450_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0450_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0450_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0451 = pgTable("t_0451", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0450.id],
		name: "t_0451_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0451_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0451_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0452 = pgTable("t_0452", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0451.id],
		name: "t_0452_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0452_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0452_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0453 = pgTable("t_0453", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0452.id],
		name: "t_0453_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0453_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0453_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0454 = pgTable("t_0454", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0453.id],
		name: "t_0454_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0454_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0454_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0455 = pgTable("t_0455", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0454.id],
		name: "t_0455_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0455_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0455_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0456 = pgTable("t_0456", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0455.id],
		name: "t_0456_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0456_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0456_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0457 = pgTable("t_0457", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0456.id],
		name: "t_0457_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0457_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0457_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0458 = pgTable("t_0458", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0457.id],
		name: "t_0458_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0458_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0458_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0459 = pgTable("t_0459", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0458.id],
		name: "t_0459_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0459_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0459_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0460 = pgTable("t_0460", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0459.id],
		name: "t_0460_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0460_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0460_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0461 = pgTable("t_0461", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0460.id],
		name: "t_0461_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0461_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0461_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0462 = pgTable("t_0462", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0461.id],
		name: "t_0462_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0462_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0462_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0463 = pgTable("t_0463", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0462.id],
		name: "t_0463_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0463_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0463_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0464 = pgTable("t_0464", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0463.id],
		name: "t_0464_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0464_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0464_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0465 = pgTable("t_0465", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0464.id],
		name: "t_0465_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0465_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0465_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0466 = pgTable("t_0466", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0465.id],
		name: "t_0466_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0466_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0466_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0467 = pgTable("t_0467", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0466.id],
		name: "t_0467_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0467_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0467_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0468 = pgTable("t_0468", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0467.id],
		name: "t_0468_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0468_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0468_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0469 = pgTable("t_0469", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0468.id],
		name: "t_0469_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0469_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0469_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0470 = pgTable("t_0470", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0469.id],
		name: "t_0470_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0470_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0470_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0471 = pgTable("t_0471", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0470.id],
		name: "t_0471_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0471_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0471_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0472 = pgTable("t_0472", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0471.id],
		name: "t_0472_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0472_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0472_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0473 = pgTable("t_0473", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0472.id],
		name: "t_0473_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0473_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0473_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0474 = pgTable("t_0474", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0473.id],
		name: "t_0474_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0474_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0474_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0475 = pgTable("t_0475", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0474.id],
		name: "t_0475_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0475_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0475_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0476 = pgTable("t_0476", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0475.id],
		name: "t_0476_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0476_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0476_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0477 = pgTable("t_0477", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0476.id],
		name: "t_0477_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0477_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0477_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0478 = pgTable("t_0478", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0477.id],
		name: "t_0478_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0478_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0478_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0479 = pgTable("t_0479", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0478.id],
		name: "t_0479_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0479_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0479_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0480 = pgTable("t_0480", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0479.id],
		name: "t_0480_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0480_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0480_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0481 = pgTable("t_0481", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0480.id],
		name: "t_0481_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0481_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0481_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0482 = pgTable("t_0482", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0481.id],
		name: "t_0482_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0482_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0482_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0483 = pgTable("t_0483", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0482.id],
		name: "t_0483_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0483_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0483_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0484 = pgTable("t_0484", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0483.id],
		name: "t_0484_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0484_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0484_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0485 = pgTable("t_0485", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0484.id],
		name: "t_0485_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0485_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0485_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0486 = pgTable("t_0486", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0485.id],
		name: "t_0486_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0486_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0486_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0487 = pgTable("t_0487", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0486.id],
		name: "t_0487_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0487_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0487_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0488 = pgTable("t_0488", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0487.id],
		name: "t_0488_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0488_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0488_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0489 = pgTable("t_0489", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0488.id],
		name: "t_0489_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0489_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0489_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0490 = pgTable("t_0490", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0489.id],
		name: "t_0490_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0490_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0490_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0491 = pgTable("t_0491", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0490.id],
		name: "t_0491_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0491_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0491_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0492 = pgTable("t_0492", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0491.id],
		name: "t_0492_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0492_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0492_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0493 = pgTable("t_0493", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0492.id],
		name: "t_0493_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0493_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0493_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0494 = pgTable("t_0494", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0493.id],
		name: "t_0494_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0494_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0494_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0495 = pgTable("t_0495", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0494.id],
		name: "t_0495_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0495_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0495_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0496 = pgTable("t_0496", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0495.id],
		name: "t_0496_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0496_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0496_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0497 = pgTable("t_0497", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0496.id],
		name: "t_0497_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0497_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0497_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0498 = pgTable("t_0498", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0497.id],
		name: "t_0498_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0498_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0498_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0499 = pgTable("t_0499", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0498.id],
		name: "t_0499_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0499_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0499_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0500 = pgTable("t_0500", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0499.id],
		name: "t_0500_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0500_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0500_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0501 = pgTable("t_0501", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0500.id],
		name: "t_0501_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0501_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0501_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0502 = pgTable("t_0502", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0501.id],
		name: "t_0502_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0502_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0502_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0503 = pgTable("t_0503", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0502.id],
		name: "t_0503_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0503_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0503_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0504 = pgTable("t_0504", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0503.id],
		name: "t_0504_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0504_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0504_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0505 = pgTable("t_0505", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0504.id],
		name: "t_0505_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0505_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0505_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0506 = pgTable("t_0506", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0505.id],
		name: "t_0506_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0506_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0506_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0507 = pgTable("t_0507", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0506.id],
		name: "t_0507_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0507_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0507_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0508 = pgTable("t_0508", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0507.id],
		name: "t_0508_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0508_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0508_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0509 = pgTable("t_0509", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0508.id],
		name: "t_0509_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0509_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0509_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0510 = pgTable("t_0510", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0509.id],
		name: "t_0510_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0510_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0510_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0511 = pgTable("t_0511", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0510.id],
		name: "t_0511_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0511_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0511_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0512 = pgTable("t_0512", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0511.id],
		name: "t_0512_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0512_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0512_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0513 = pgTable("t_0513", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0512.id],
		name: "t_0513_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0513_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0513_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0514 = pgTable("t_0514", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0513.id],
		name: "t_0514_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0514_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0514_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0515 = pgTable("t_0515", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0514.id],
		name: "t_0515_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0515_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0515_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0516 = pgTable("t_0516", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0515.id],
		name: "t_0516_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0516_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0516_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0517 = pgTable("t_0517", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0516.id],
		name: "t_0517_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0517_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0517_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0518 = pgTable("t_0518", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0517.id],
		name: "t_0518_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0518_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0518_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0519 = pgTable("t_0519", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0518.id],
		name: "t_0519_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0519_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0519_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0520 = pgTable("t_0520", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0519.id],
		name: "t_0520_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0520_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0520_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0521 = pgTable("t_0521", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0520.id],
		name: "t_0521_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0521_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0521_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0522 = pgTable("t_0522", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0521.id],
		name: "t_0522_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0522_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0522_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0523 = pgTable("t_0523", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0522.id],
		name: "t_0523_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0523_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0523_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0524 = pgTable("t_0524", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0523.id],
		name: "t_0524_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0524_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0524_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0525 = pgTable("t_0525", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0524.id],
		name: "t_0525_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0525_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0525_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0526 = pgTable("t_0526", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0525.id],
		name: "t_0526_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0526_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0526_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0527 = pgTable("t_0527", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0526.id],
		name: "t_0527_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0527_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0527_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0528 = pgTable("t_0528", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0527.id],
		name: "t_0528_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0528_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0528_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0529 = pgTable("t_0529", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0528.id],
		name: "t_0529_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0529_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0529_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0530 = pgTable("t_0530", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0529.id],
		name: "t_0530_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0530_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0530_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0531 = pgTable("t_0531", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0530.id],
		name: "t_0531_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0531_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0531_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0532 = pgTable("t_0532", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0531.id],
		name: "t_0532_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0532_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0532_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0533 = pgTable("t_0533", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0532.id],
		name: "t_0533_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0533_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0533_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0534 = pgTable("t_0534", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0533.id],
		name: "t_0534_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0534_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0534_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0535 = pgTable("t_0535", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0534.id],
		name: "t_0535_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0535_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0535_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0536 = pgTable("t_0536", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0535.id],
		name: "t_0536_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0536_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0536_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0537 = pgTable("t_0537", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0536.id],
		name: "t_0537_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0537_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0537_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0538 = pgTable("t_0538", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0537.id],
		name: "t_0538_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0538_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0538_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0539 = pgTable("t_0539", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0538.id],
		name: "t_0539_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0539_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0539_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0540 = pgTable("t_0540", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0539.id],
		name: "t_0540_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0540_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0540_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0541 = pgTable("t_0541", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0540.id],
		name: "t_0541_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0541_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0541_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0542 = pgTable("t_0542", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0541.id],
		name: "t_0542_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0542_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0542_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0543 = pgTable("t_0543", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0542.id],
		name: "t_0543_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0543_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0543_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0544 = pgTable("t_0544", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0543.id],
		name: "t_0544_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0544_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0544_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0545 = pgTable("t_0545", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0544.id],
		name: "t_0545_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0545_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0545_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0546 = pgTable("t_0546", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0545.id],
		name: "t_0546_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0546_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0546_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0547 = pgTable("t_0547", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0546.id],
		name: "t_0547_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0547_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0547_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0548 = pgTable("t_0548", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0547.id],
		name: "t_0548_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0548_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0548_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0549 = pgTable("t_0549", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0548.id],
		name: "t_0549_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0549_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0549_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0550 = pgTable("t_0550", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0549.id],
		name: "t_0550_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0550_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0550_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0551 = pgTable("t_0551", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0550.id],
		name: "t_0551_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0551_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0551_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0552 = pgTable("t_0552", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0551.id],
		name: "t_0552_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0552_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0552_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0553 = pgTable("t_0553", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0552.id],
		name: "t_0553_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0553_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0553_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0554 = pgTable("t_0554", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0553.id],
		name: "t_0554_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0554_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0554_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0555 = pgTable("t_0555", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0554.id],
		name: "t_0555_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0555_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0555_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0556 = pgTable("t_0556", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0555.id],
		name: "t_0556_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0556_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0556_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0557 = pgTable("t_0557", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0556.id],
		name: "t_0557_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0557_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0557_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0558 = pgTable("t_0558", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0557.id],
		name: "t_0558_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0558_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0558_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0559 = pgTable("t_0559", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0558.id],
		name: "t_0559_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0559_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0559_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0560 = pgTable("t_0560", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0559.id],
		name: "t_0560_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0560_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0560_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0561 = pgTable("t_0561", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0560.id],
		name: "t_0561_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0561_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0561_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0562 = pgTable("t_0562", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0561.id],
		name: "t_0562_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0562_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0562_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0563 = pgTable("t_0563", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0562.id],
		name: "t_0563_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0563_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0563_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0564 = pgTable("t_0564", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0563.id],
		name: "t_0564_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0564_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0564_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0565 = pgTable("t_0565", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0564.id],
		name: "t_0565_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0565_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0565_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0566 = pgTable("t_0566", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0565.id],
		name: "t_0566_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0566_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0566_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0567 = pgTable("t_0567", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0566.id],
		name: "t_0567_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0567_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0567_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0568 = pgTable("t_0568", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0567.id],
		name: "t_0568_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0568_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0568_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0569 = pgTable("t_0569", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0568.id],
		name: "t_0569_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0569_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0569_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0570 = pgTable("t_0570", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0569.id],
		name: "t_0570_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0570_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0570_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0571 = pgTable("t_0571", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0570.id],
		name: "t_0571_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0571_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0571_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0572 = pgTable("t_0572", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0571.id],
		name: "t_0572_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0572_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0572_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0573 = pgTable("t_0573", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0572.id],
		name: "t_0573_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0573_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0573_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0574 = pgTable("t_0574", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0573.id],
		name: "t_0574_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0574_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0574_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0575 = pgTable("t_0575", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0574.id],
		name: "t_0575_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0575_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0575_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0576 = pgTable("t_0576", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0575.id],
		name: "t_0576_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0576_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0576_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0577 = pgTable("t_0577", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0576.id],
		name: "t_0577_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0577_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0577_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0578 = pgTable("t_0578", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0577.id],
		name: "t_0578_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0578_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0578_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0579 = pgTable("t_0579", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0578.id],
		name: "t_0579_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0579_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0579_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0580 = pgTable("t_0580", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0579.id],
		name: "t_0580_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0580_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0580_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0581 = pgTable("t_0581", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0580.id],
		name: "t_0581_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0581_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0581_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0582 = pgTable("t_0582", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0581.id],
		name: "t_0582_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0582_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0582_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0583 = pgTable("t_0583", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0582.id],
		name: "t_0583_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0583_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0583_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0584 = pgTable("t_0584", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0583.id],
		name: "t_0584_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0584_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0584_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0585 = pgTable("t_0585", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0584.id],
		name: "t_0585_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0585_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0585_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0586 = pgTable("t_0586", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0585.id],
		name: "t_0586_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0586_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0586_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0587 = pgTable("t_0587", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0586.id],
		name: "t_0587_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0587_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0587_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0588 = pgTable("t_0588", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0587.id],
		name: "t_0588_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0588_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0588_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0589 = pgTable("t_0589", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0588.id],
		name: "t_0589_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0589_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0589_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0590 = pgTable("t_0590", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0589.id],
		name: "t_0590_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0590_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0590_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0591 = pgTable("t_0591", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0590.id],
		name: "t_0591_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0591_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0591_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0592 = pgTable("t_0592", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0591.id],
		name: "t_0592_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0592_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0592_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0593 = pgTable("t_0593", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0592.id],
		name: "t_0593_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0593_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0593_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0594 = pgTable("t_0594", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0593.id],
		name: "t_0594_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0594_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0594_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0595 = pgTable("t_0595", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0594.id],
		name: "t_0595_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0595_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0595_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0596 = pgTable("t_0596", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0595.id],
		name: "t_0596_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0596_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0596_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0597 = pgTable("t_0597", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0596.id],
		name: "t_0597_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0597_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0597_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0598 = pgTable("t_0598", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0597.id],
		name: "t_0598_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0598_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0598_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0599 = pgTable("t_0599", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0598.id],
		name: "t_0599_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0599_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0599_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0600 = pgTable("t_0600", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0599.id],
		name: "t_0600_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0600_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0600_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0601 = pgTable("t_0601", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0600.id],
		name: "t_0601_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0601_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0601_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0602 = pgTable("t_0602", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0601.id],
		name: "t_0602_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0602_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0602_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0603 = pgTable("t_0603", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0602.id],
		name: "t_0603_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0603_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0603_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0604 = pgTable("t_0604", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0603.id],
		name: "t_0604_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0604_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0604_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0605 = pgTable("t_0605", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0604.id],
		name: "t_0605_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0605_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0605_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0606 = pgTable("t_0606", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0605.id],
		name: "t_0606_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0606_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0606_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0607 = pgTable("t_0607", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0606.id],
		name: "t_0607_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0607_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0607_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0608 = pgTable("t_0608", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0607.id],
		name: "t_0608_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0608_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0608_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0609 = pgTable("t_0609", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0608.id],
		name: "t_0609_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0609_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0609_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0610 = pgTable("t_0610", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0609.id],
		name: "t_0610_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0610_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0610_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0611 = pgTable("t_0611", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0610.id],
		name: "t_0611_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0611_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0611_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0612 = pgTable("t_0612", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0611.id],
		name: "t_0612_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0612_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0612_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0613 = pgTable("t_0613", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0612.id],
		name: "t_0613_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0613_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0613_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0614 = pgTable("t_0614", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0613.id],
		name: "t_0614_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0614_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0614_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0615 = pgTable("t_0615", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0614.id],
		name: "t_0615_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0615_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0615_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0616 = pgTable("t_0616", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0615.id],
		name: "t_0616_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0616_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0616_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0617 = pgTable("t_0617", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0616.id],
		name: "t_0617_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0617_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0617_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0618 = pgTable("t_0618", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0617.id],
		name: "t_0618_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0618_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0618_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0619 = pgTable("t_0619", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0618.id],
		name: "t_0619_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0619_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0619_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0620 = pgTable("t_0620", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0619.id],
		name: "t_0620_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0620_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0620_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0621 = pgTable("t_0621", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0620.id],
		name: "t_0621_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0621_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0621_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0622 = pgTable("t_0622", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0621.id],
		name: "t_0622_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0622_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0622_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0623 = pgTable("t_0623", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0622.id],
		name: "t_0623_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0623_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0623_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0624 = pgTable("t_0624", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0623.id],
		name: "t_0624_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0624_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0624_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0625 = pgTable("t_0625", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0624.id],
		name: "t_0625_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0625_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0625_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0626 = pgTable("t_0626", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0625.id],
		name: "t_0626_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0626_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0626_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0627 = pgTable("t_0627", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0626.id],
		name: "t_0627_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0627_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0627_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0628 = pgTable("t_0628", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0627.id],
		name: "t_0628_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0628_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0628_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0629 = pgTable("t_0629", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0628.id],
		name: "t_0629_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0629_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0629_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0630 = pgTable("t_0630", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0629.id],
		name: "t_0630_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0630_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0630_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0631 = pgTable("t_0631", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0630.id],
		name: "t_0631_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0631_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0631_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0632 = pgTable("t_0632", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0631.id],
		name: "t_0632_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0632_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0632_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0633 = pgTable("t_0633", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0632.id],
		name: "t_0633_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0633_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0633_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0634 = pgTable("t_0634", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0633.id],
		name: "t_0634_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0634_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0634_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0635 = pgTable("t_0635", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0634.id],
		name: "t_0635_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0635_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0635_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0636 = pgTable("t_0636", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0635.id],
		name: "t_0636_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0636_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0636_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0637 = pgTable("t_0637", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0636.id],
		name: "t_0637_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0637_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0637_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0638 = pgTable("t_0638", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0637.id],
		name: "t_0638_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0638_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0638_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0639 = pgTable("t_0639", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0638.id],
		name: "t_0639_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0639_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0639_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0640 = pgTable("t_0640", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0639.id],
		name: "t_0640_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0640_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0640_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0641 = pgTable("t_0641", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0640.id],
		name: "t_0641_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0641_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0641_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0642 = pgTable("t_0642", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0641.id],
		name: "t_0642_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0642_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0642_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0643 = pgTable("t_0643", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0642.id],
		name: "t_0643_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0643_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0643_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0644 = pgTable("t_0644", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0643.id],
		name: "t_0644_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0644_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0644_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0645 = pgTable("t_0645", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0644.id],
		name: "t_0645_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0645_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0645_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0646 = pgTable("t_0646", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0645.id],
		name: "t_0646_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0646_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0646_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0647 = pgTable("t_0647", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0646.id],
		name: "t_0647_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0647_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0647_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0648 = pgTable("t_0648", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0647.id],
		name: "t_0648_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0648_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0648_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0649 = pgTable("t_0649", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0648.id],
		name: "t_0649_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0649_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0649_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0650 = pgTable("t_0650", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0649.id],
		name: "t_0650_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0650_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0650_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0651 = pgTable("t_0651", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0650.id],
		name: "t_0651_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0651_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0651_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0652 = pgTable("t_0652", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0651.id],
		name: "t_0652_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0652_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0652_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0653 = pgTable("t_0653", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0652.id],
		name: "t_0653_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0653_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0653_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0654 = pgTable("t_0654", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0653.id],
		name: "t_0654_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0654_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0654_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0655 = pgTable("t_0655", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0654.id],
		name: "t_0655_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0655_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0655_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0656 = pgTable("t_0656", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0655.id],
		name: "t_0656_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0656_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0656_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0657 = pgTable("t_0657", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0656.id],
		name: "t_0657_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0657_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0657_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0658 = pgTable("t_0658", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0657.id],
		name: "t_0658_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0658_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0658_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0659 = pgTable("t_0659", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0658.id],
		name: "t_0659_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0659_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0659_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0660 = pgTable("t_0660", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0659.id],
		name: "t_0660_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0660_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0660_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0661 = pgTable("t_0661", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0660.id],
		name: "t_0661_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0661_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0661_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0662 = pgTable("t_0662", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0661.id],
		name: "t_0662_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0662_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0662_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0663 = pgTable("t_0663", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0662.id],
		name: "t_0663_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0663_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0663_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0664 = pgTable("t_0664", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0663.id],
		name: "t_0664_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0664_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0664_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0665 = pgTable("t_0665", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0664.id],
		name: "t_0665_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0665_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0665_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0666 = pgTable("t_0666", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0665.id],
		name: "t_0666_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0666_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0666_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0667 = pgTable("t_0667", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0666.id],
		name: "t_0667_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0667_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0667_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0668 = pgTable("t_0668", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0667.id],
		name: "t_0668_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0668_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0668_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0669 = pgTable("t_0669", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0668.id],
		name: "t_0669_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0669_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0669_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0670 = pgTable("t_0670", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0669.id],
		name: "t_0670_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0670_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0670_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0671 = pgTable("t_0671", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0670.id],
		name: "t_0671_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0671_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0671_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0672 = pgTable("t_0672", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0671.id],
		name: "t_0672_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0672_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0672_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0673 = pgTable("t_0673", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0672.id],
		name: "t_0673_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0673_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0673_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0674 = pgTable("t_0674", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0673.id],
		name: "t_0674_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0674_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0674_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0675 = pgTable("t_0675", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0674.id],
		name: "t_0675_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0675_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0675_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0676 = pgTable("t_0676", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0675.id],
		name: "t_0676_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0676_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0676_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0677 = pgTable("t_0677", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0676.id],
		name: "t_0677_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0677_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0677_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0678 = pgTable("t_0678", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0677.id],
		name: "t_0678_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0678_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0678_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0679 = pgTable("t_0679", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0678.id],
		name: "t_0679_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0679_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0679_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0680 = pgTable("t_0680", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0679.id],
		name: "t_0680_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0680_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0680_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0681 = pgTable("t_0681", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0680.id],
		name: "t_0681_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0681_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0681_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0682 = pgTable("t_0682", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0681.id],
		name: "t_0682_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0682_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0682_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0683 = pgTable("t_0683", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0682.id],
		name: "t_0683_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0683_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0683_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0684 = pgTable("t_0684", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0683.id],
		name: "t_0684_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0684_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0684_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0685 = pgTable("t_0685", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0684.id],
		name: "t_0685_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0685_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0685_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0686 = pgTable("t_0686", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0685.id],
		name: "t_0686_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0686_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0686_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0687 = pgTable("t_0687", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0686.id],
		name: "t_0687_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0687_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0687_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0688 = pgTable("t_0688", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0687.id],
		name: "t_0688_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0688_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0688_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0689 = pgTable("t_0689", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0688.id],
		name: "t_0689_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0689_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0689_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0690 = pgTable("t_0690", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0689.id],
		name: "t_0690_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0690_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0690_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0691 = pgTable("t_0691", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0690.id],
		name: "t_0691_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0691_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0691_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0692 = pgTable("t_0692", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0691.id],
		name: "t_0692_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0692_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0692_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0693 = pgTable("t_0693", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0692.id],
		name: "t_0693_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0693_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0693_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0694 = pgTable("t_0694", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0693.id],
		name: "t_0694_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0694_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0694_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0695 = pgTable("t_0695", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0694.id],
		name: "t_0695_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0695_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0695_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0696 = pgTable("t_0696", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0695.id],
		name: "t_0696_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0696_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0696_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0697 = pgTable("t_0697", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0696.id],
		name: "t_0697_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0697_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0697_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0698 = pgTable("t_0698", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0697.id],
		name: "t_0698_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0698_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0698_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0699 = pgTable("t_0699", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0698.id],
		name: "t_0699_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0699_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0699_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0700 = pgTable("t_0700", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0699.id],
		name: "t_0700_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0700_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0700_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0701 = pgTable("t_0701", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0700.id],
		name: "t_0701_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0701_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0701_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0702 = pgTable("t_0702", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0701.id],
		name: "t_0702_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0702_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0702_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0703 = pgTable("t_0703", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0702.id],
		name: "t_0703_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0703_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0703_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0704 = pgTable("t_0704", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0703.id],
		name: "t_0704_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0704_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0704_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0705 = pgTable("t_0705", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0704.id],
		name: "t_0705_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0705_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0705_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0706 = pgTable("t_0706", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0705.id],
		name: "t_0706_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0706_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0706_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0707 = pgTable("t_0707", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0706.id],
		name: "t_0707_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0707_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0707_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0708 = pgTable("t_0708", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0707.id],
		name: "t_0708_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0708_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0708_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0709 = pgTable("t_0709", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0708.id],
		name: "t_0709_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0709_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0709_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0710 = pgTable("t_0710", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0709.id],
		name: "t_0710_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0710_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0710_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0711 = pgTable("t_0711", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0710.id],
		name: "t_0711_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0711_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0711_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0712 = pgTable("t_0712", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0711.id],
		name: "t_0712_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0712_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0712_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0713 = pgTable("t_0713", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0712.id],
		name: "t_0713_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0713_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0713_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0714 = pgTable("t_0714", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0713.id],
		name: "t_0714_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0714_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0714_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0715 = pgTable("t_0715", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0714.id],
		name: "t_0715_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0715_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0715_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0716 = pgTable("t_0716", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0715.id],
		name: "t_0716_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0716_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0716_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0717 = pgTable("t_0717", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0716.id],
		name: "t_0717_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0717_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0717_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0718 = pgTable("t_0718", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0717.id],
		name: "t_0718_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0718_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0718_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0719 = pgTable("t_0719", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0718.id],
		name: "t_0719_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0719_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0719_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0720 = pgTable("t_0720", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0719.id],
		name: "t_0720_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0720_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0720_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0721 = pgTable("t_0721", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0720.id],
		name: "t_0721_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0721_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0721_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0722 = pgTable("t_0722", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0721.id],
		name: "t_0722_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0722_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0722_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0723 = pgTable("t_0723", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0722.id],
		name: "t_0723_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0723_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0723_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0724 = pgTable("t_0724", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0723.id],
		name: "t_0724_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0724_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0724_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0725 = pgTable("t_0725", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0724.id],
		name: "t_0725_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0725_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0725_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0726 = pgTable("t_0726", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0725.id],
		name: "t_0726_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0726_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0726_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0727 = pgTable("t_0727", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0726.id],
		name: "t_0727_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0727_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0727_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0728 = pgTable("t_0728", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0727.id],
		name: "t_0728_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0728_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0728_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0729 = pgTable("t_0729", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0728.id],
		name: "t_0729_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0729_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0729_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0730 = pgTable("t_0730", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0729.id],
		name: "t_0730_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0730_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0730_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0731 = pgTable("t_0731", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0730.id],
		name: "t_0731_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0731_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0731_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0732 = pgTable("t_0732", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0731.id],
		name: "t_0732_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0732_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0732_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0733 = pgTable("t_0733", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0732.id],
		name: "t_0733_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0733_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0733_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0734 = pgTable("t_0734", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0733.id],
		name: "t_0734_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0734_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0734_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0735 = pgTable("t_0735", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0734.id],
		name: "t_0735_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0735_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0735_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0736 = pgTable("t_0736", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0735.id],
		name: "t_0736_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0736_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0736_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0737 = pgTable("t_0737", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0736.id],
		name: "t_0737_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0737_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0737_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0738 = pgTable("t_0738", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0737.id],
		name: "t_0738_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0738_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0738_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0739 = pgTable("t_0739", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0738.id],
		name: "t_0739_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0739_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0739_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0740 = pgTable("t_0740", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0739.id],
		name: "t_0740_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0740_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0740_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0741 = pgTable("t_0741", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0740.id],
		name: "t_0741_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0741_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0741_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0742 = pgTable("t_0742", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0741.id],
		name: "t_0742_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0742_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0742_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0743 = pgTable("t_0743", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0742.id],
		name: "t_0743_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0743_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0743_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0744 = pgTable("t_0744", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0743.id],
		name: "t_0744_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0744_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0744_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0745 = pgTable("t_0745", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0744.id],
		name: "t_0745_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0745_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0745_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0746 = pgTable("t_0746", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0745.id],
		name: "t_0746_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0746_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0746_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0747 = pgTable("t_0747", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0746.id],
		name: "t_0747_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0747_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0747_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0748 = pgTable("t_0748", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0747.id],
		name: "t_0748_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0748_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0748_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0749 = pgTable("t_0749", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0748.id],
		name: "t_0749_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0749_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0749_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0750 = pgTable("t_0750", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0749.id],
		name: "t_0750_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0750_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0750_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0751 = pgTable("t_0751", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0750.id],
		name: "t_0751_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0751_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0751_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0752 = pgTable("t_0752", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0751.id],
		name: "t_0752_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0752_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0752_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0753 = pgTable("t_0753", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0752.id],
		name: "t_0753_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0753_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0753_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0754 = pgTable("t_0754", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0753.id],
		name: "t_0754_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0754_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0754_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0755 = pgTable("t_0755", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0754.id],
		name: "t_0755_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0755_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0755_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0756 = pgTable("t_0756", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0755.id],
		name: "t_0756_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0756_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0756_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0757 = pgTable("t_0757", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0756.id],
		name: "t_0757_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0757_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0757_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0758 = pgTable("t_0758", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0757.id],
		name: "t_0758_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0758_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0758_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0759 = pgTable("t_0759", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0758.id],
		name: "t_0759_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0759_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0759_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0760 = pgTable("t_0760", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0759.id],
		name: "t_0760_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0760_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0760_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0761 = pgTable("t_0761", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0760.id],
		name: "t_0761_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0761_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0761_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0762 = pgTable("t_0762", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0761.id],
		name: "t_0762_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0762_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0762_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0763 = pgTable("t_0763", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0762.id],
		name: "t_0763_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0763_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0763_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0764 = pgTable("t_0764", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0763.id],
		name: "t_0764_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0764_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0764_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0765 = pgTable("t_0765", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0764.id],
		name: "t_0765_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0765_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0765_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0766 = pgTable("t_0766", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0765.id],
		name: "t_0766_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0766_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0766_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0767 = pgTable("t_0767", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0766.id],
		name: "t_0767_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0767_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0767_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0768 = pgTable("t_0768", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0767.id],
		name: "t_0768_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0768_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0768_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0769 = pgTable("t_0769", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0768.id],
		name: "t_0769_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0769_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0769_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0770 = pgTable("t_0770", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0769.id],
		name: "t_0770_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0770_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0770_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0771 = pgTable("t_0771", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0770.id],
		name: "t_0771_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0771_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0771_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0772 = pgTable("t_0772", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0771.id],
		name: "t_0772_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0772_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0772_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0773 = pgTable("t_0773", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0772.id],
		name: "t_0773_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0773_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0773_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0774 = pgTable("t_0774", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0773.id],
		name: "t_0774_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0774_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0774_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0775 = pgTable("t_0775", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0774.id],
		name: "t_0775_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0775_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0775_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0776 = pgTable("t_0776", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0775.id],
		name: "t_0776_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0776_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0776_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0777 = pgTable("t_0777", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0776.id],
		name: "t_0777_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0777_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0777_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0778 = pgTable("t_0778", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0777.id],
		name: "t_0778_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0778_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0778_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0779 = pgTable("t_0779", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0778.id],
		name: "t_0779_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0779_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0779_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0780 = pgTable("t_0780", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0779.id],
		name: "t_0780_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0780_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0780_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0781 = pgTable("t_0781", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0780.id],
		name: "t_0781_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0781_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0781_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0782 = pgTable("t_0782", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0781.id],
		name: "t_0782_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0782_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0782_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0783 = pgTable("t_0783", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0782.id],
		name: "t_0783_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0783_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0783_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0784 = pgTable("t_0784", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0783.id],
		name: "t_0784_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0784_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0784_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0785 = pgTable("t_0785", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0784.id],
		name: "t_0785_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0785_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0785_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0786 = pgTable("t_0786", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0785.id],
		name: "t_0786_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0786_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0786_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0787 = pgTable("t_0787", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0786.id],
		name: "t_0787_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0787_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0787_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0788 = pgTable("t_0788", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0787.id],
		name: "t_0788_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0788_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0788_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0789 = pgTable("t_0789", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0788.id],
		name: "t_0789_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0789_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0789_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0790 = pgTable("t_0790", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0789.id],
		name: "t_0790_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0790_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0790_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0791 = pgTable("t_0791", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0790.id],
		name: "t_0791_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0791_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0791_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0792 = pgTable("t_0792", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0791.id],
		name: "t_0792_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0792_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0792_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0793 = pgTable("t_0793", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0792.id],
		name: "t_0793_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0793_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0793_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0794 = pgTable("t_0794", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0793.id],
		name: "t_0794_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0794_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0794_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0795 = pgTable("t_0795", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0794.id],
		name: "t_0795_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0795_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0795_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0796 = pgTable("t_0796", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0795.id],
		name: "t_0796_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0796_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0796_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0797 = pgTable("t_0797", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0796.id],
		name: "t_0797_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0797_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0797_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0798 = pgTable("t_0798", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0797.id],
		name: "t_0798_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0798_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0798_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0799 = pgTable("t_0799", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0798.id],
		name: "t_0799_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0799_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0799_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0800 = pgTable("t_0800", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0799.id],
		name: "t_0800_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0800_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0800_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0801 = pgTable("t_0801", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0800.id],
		name: "t_0801_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0801_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0801_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0802 = pgTable("t_0802", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0801.id],
		name: "t_0802_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0802_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0802_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0803 = pgTable("t_0803", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0802.id],
		name: "t_0803_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0803_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0803_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0804 = pgTable("t_0804", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0803.id],
		name: "t_0804_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0804_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0804_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0805 = pgTable("t_0805", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0804.id],
		name: "t_0805_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0805_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0805_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0806 = pgTable("t_0806", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0805.id],
		name: "t_0806_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0806_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0806_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0807 = pgTable("t_0807", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0806.id],
		name: "t_0807_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0807_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0807_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0808 = pgTable("t_0808", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0807.id],
		name: "t_0808_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0808_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0808_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0809 = pgTable("t_0809", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0808.id],
		name: "t_0809_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0809_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0809_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0810 = pgTable("t_0810", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0809.id],
		name: "t_0810_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0810_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0810_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0811 = pgTable("t_0811", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0810.id],
		name: "t_0811_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0811_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0811_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0812 = pgTable("t_0812", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0811.id],
		name: "t_0812_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0812_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0812_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0813 = pgTable("t_0813", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0812.id],
		name: "t_0813_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0813_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0813_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0814 = pgTable("t_0814", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0813.id],
		name: "t_0814_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0814_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0814_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0815 = pgTable("t_0815", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0814.id],
		name: "t_0815_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0815_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0815_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0816 = pgTable("t_0816", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0815.id],
		name: "t_0816_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0816_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0816_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0817 = pgTable("t_0817", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0816.id],
		name: "t_0817_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0817_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0817_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0818 = pgTable("t_0818", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0817.id],
		name: "t_0818_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0818_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0818_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0819 = pgTable("t_0819", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0818.id],
		name: "t_0819_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0819_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0819_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0820 = pgTable("t_0820", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0819.id],
		name: "t_0820_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0820_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0820_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0821 = pgTable("t_0821", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0820.id],
		name: "t_0821_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0821_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0821_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0822 = pgTable("t_0822", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0821.id],
		name: "t_0822_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0822_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0822_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0823 = pgTable("t_0823", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0822.id],
		name: "t_0823_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0823_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0823_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0824 = pgTable("t_0824", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0823.id],
		name: "t_0824_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0824_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0824_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0825 = pgTable("t_0825", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0824.id],
		name: "t_0825_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0825_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0825_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0826 = pgTable("t_0826", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0825.id],
		name: "t_0826_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0826_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0826_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0827 = pgTable("t_0827", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0826.id],
		name: "t_0827_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0827_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0827_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0828 = pgTable("t_0828", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0827.id],
		name: "t_0828_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0828_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0828_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0829 = pgTable("t_0829", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0828.id],
		name: "t_0829_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0829_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0829_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0830 = pgTable("t_0830", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0829.id],
		name: "t_0830_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0830_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0830_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0831 = pgTable("t_0831", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0830.id],
		name: "t_0831_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0831_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0831_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0832 = pgTable("t_0832", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0831.id],
		name: "t_0832_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0832_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0832_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0833 = pgTable("t_0833", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0832.id],
		name: "t_0833_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0833_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0833_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0834 = pgTable("t_0834", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0833.id],
		name: "t_0834_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0834_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0834_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0835 = pgTable("t_0835", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0834.id],
		name: "t_0835_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0835_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0835_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0836 = pgTable("t_0836", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0835.id],
		name: "t_0836_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0836_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0836_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0837 = pgTable("t_0837", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0836.id],
		name: "t_0837_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0837_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0837_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0838 = pgTable("t_0838", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0837.id],
		name: "t_0838_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0838_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0838_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0839 = pgTable("t_0839", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0838.id],
		name: "t_0839_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0839_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0839_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0840 = pgTable("t_0840", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0839.id],
		name: "t_0840_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0840_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0840_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0841 = pgTable("t_0841", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0840.id],
		name: "t_0841_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0841_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0841_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0842 = pgTable("t_0842", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0841.id],
		name: "t_0842_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0842_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0842_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0843 = pgTable("t_0843", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0842.id],
		name: "t_0843_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0843_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0843_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0844 = pgTable("t_0844", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0843.id],
		name: "t_0844_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0844_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0844_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0845 = pgTable("t_0845", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0844.id],
		name: "t_0845_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0845_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0845_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0846 = pgTable("t_0846", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0845.id],
		name: "t_0846_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0846_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0846_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0847 = pgTable("t_0847", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0846.id],
		name: "t_0847_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0847_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0847_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0848 = pgTable("t_0848", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0847.id],
		name: "t_0848_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0848_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0848_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0849 = pgTable("t_0849", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0848.id],
		name: "t_0849_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0849_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0849_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0850 = pgTable("t_0850", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0849.id],
		name: "t_0850_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0850_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0850_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0851 = pgTable("t_0851", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0850.id],
		name: "t_0851_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0851_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0851_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0852 = pgTable("t_0852", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0851.id],
		name: "t_0852_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0852_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0852_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0853 = pgTable("t_0853", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0852.id],
		name: "t_0853_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0853_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0853_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0854 = pgTable("t_0854", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0853.id],
		name: "t_0854_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0854_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0854_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0855 = pgTable("t_0855", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0854.id],
		name: "t_0855_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0855_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0855_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0856 = pgTable("t_0856", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0855.id],
		name: "t_0856_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0856_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0856_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0857 = pgTable("t_0857", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0856.id],
		name: "t_0857_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0857_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0857_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0858 = pgTable("t_0858", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0857.id],
		name: "t_0858_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0858_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0858_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0859 = pgTable("t_0859", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0858.id],
		name: "t_0859_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0859_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0859_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0860 = pgTable("t_0860", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0859.id],
		name: "t_0860_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0860_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0860_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0861 = pgTable("t_0861", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0860.id],
		name: "t_0861_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0861_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0861_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0862 = pgTable("t_0862", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0861.id],
		name: "t_0862_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0862_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0862_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0863 = pgTable("t_0863", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0862.id],
		name: "t_0863_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0863_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0863_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0864 = pgTable("t_0864", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0863.id],
		name: "t_0864_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0864_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0864_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0865 = pgTable("t_0865", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0864.id],
		name: "t_0865_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0865_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0865_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0866 = pgTable("t_0866", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0865.id],
		name: "t_0866_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0866_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0866_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0867 = pgTable("t_0867", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0866.id],
		name: "t_0867_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0867_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0867_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0868 = pgTable("t_0868", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0867.id],
		name: "t_0868_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0868_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0868_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0869 = pgTable("t_0869", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0868.id],
		name: "t_0869_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0869_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0869_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0870 = pgTable("t_0870", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0869.id],
		name: "t_0870_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0870_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0870_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0871 = pgTable("t_0871", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0870.id],
		name: "t_0871_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0871_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0871_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0872 = pgTable("t_0872", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0871.id],
		name: "t_0872_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0872_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0872_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0873 = pgTable("t_0873", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0872.id],
		name: "t_0873_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0873_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0873_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0874 = pgTable("t_0874", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0873.id],
		name: "t_0874_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0874_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0874_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0875 = pgTable("t_0875", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0874.id],
		name: "t_0875_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0875_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0875_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0876 = pgTable("t_0876", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0875.id],
		name: "t_0876_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0876_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0876_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0877 = pgTable("t_0877", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0876.id],
		name: "t_0877_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0877_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0877_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0878 = pgTable("t_0878", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0877.id],
		name: "t_0878_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0878_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0878_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0879 = pgTable("t_0879", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0878.id],
		name: "t_0879_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0879_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0879_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0880 = pgTable("t_0880", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0879.id],
		name: "t_0880_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0880_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0880_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0881 = pgTable("t_0881", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0880.id],
		name: "t_0881_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0881_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0881_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0882 = pgTable("t_0882", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0881.id],
		name: "t_0882_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0882_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0882_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0883 = pgTable("t_0883", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0882.id],
		name: "t_0883_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0883_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0883_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0884 = pgTable("t_0884", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0883.id],
		name: "t_0884_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0884_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0884_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0885 = pgTable("t_0885", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0884.id],
		name: "t_0885_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0885_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0885_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0886 = pgTable("t_0886", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0885.id],
		name: "t_0886_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0886_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0886_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0887 = pgTable("t_0887", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0886.id],
		name: "t_0887_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0887_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0887_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0888 = pgTable("t_0888", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0887.id],
		name: "t_0888_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0888_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0888_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0889 = pgTable("t_0889", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0888.id],
		name: "t_0889_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0889_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0889_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0890 = pgTable("t_0890", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0889.id],
		name: "t_0890_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0890_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0890_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0891 = pgTable("t_0891", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0890.id],
		name: "t_0891_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0891_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0891_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0892 = pgTable("t_0892", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0891.id],
		name: "t_0892_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0892_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0892_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0893 = pgTable("t_0893", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0892.id],
		name: "t_0893_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0893_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0893_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0894 = pgTable("t_0894", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0893.id],
		name: "t_0894_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0894_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0894_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0895 = pgTable("t_0895", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0894.id],
		name: "t_0895_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0895_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0895_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0896 = pgTable("t_0896", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0895.id],
		name: "t_0896_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0896_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0896_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0897 = pgTable("t_0897", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0896.id],
		name: "t_0897_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0897_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0897_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0898 = pgTable("t_0898", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0897.id],
		name: "t_0898_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0898_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0898_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0899 = pgTable("t_0899", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0898.id],
		name: "t_0899_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0899_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0899_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0900 = pgTable("t_0900", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0899.id],
		name: "t_0900_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0900_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0900_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0901 = pgTable("t_0901", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0900.id],
		name: "t_0901_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0901_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0901_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0902 = pgTable("t_0902", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0901.id],
		name: "t_0902_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0902_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0902_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0903 = pgTable("t_0903", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0902.id],
		name: "t_0903_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0903_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0903_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0904 = pgTable("t_0904", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0903.id],
		name: "t_0904_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0904_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0904_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0905 = pgTable("t_0905", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0904.id],
		name: "t_0905_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0905_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0905_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0906 = pgTable("t_0906", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0905.id],
		name: "t_0906_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0906_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0906_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0907 = pgTable("t_0907", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0906.id],
		name: "t_0907_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0907_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0907_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0908 = pgTable("t_0908", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0907.id],
		name: "t_0908_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0908_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0908_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0909 = pgTable("t_0909", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0908.id],
		name: "t_0909_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0909_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0909_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0910 = pgTable("t_0910", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0909.id],
		name: "t_0910_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0910_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0910_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0911 = pgTable("t_0911", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0910.id],
		name: "t_0911_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0911_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0911_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0912 = pgTable("t_0912", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0911.id],
		name: "t_0912_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0912_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0912_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0913 = pgTable("t_0913", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0912.id],
		name: "t_0913_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0913_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0913_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0914 = pgTable("t_0914", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0913.id],
		name: "t_0914_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0914_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0914_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0915 = pgTable("t_0915", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0914.id],
		name: "t_0915_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0915_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0915_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0916 = pgTable("t_0916", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0915.id],
		name: "t_0916_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0916_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0916_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0917 = pgTable("t_0917", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0916.id],
		name: "t_0917_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0917_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0917_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0918 = pgTable("t_0918", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0917.id],
		name: "t_0918_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0918_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0918_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0919 = pgTable("t_0919", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0918.id],
		name: "t_0919_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0919_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0919_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0920 = pgTable("t_0920", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0919.id],
		name: "t_0920_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0920_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0920_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0921 = pgTable("t_0921", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0920.id],
		name: "t_0921_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0921_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0921_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0922 = pgTable("t_0922", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0921.id],
		name: "t_0922_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0922_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0922_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0923 = pgTable("t_0923", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0922.id],
		name: "t_0923_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0923_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0923_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0924 = pgTable("t_0924", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0923.id],
		name: "t_0924_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0924_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0924_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0925 = pgTable("t_0925", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0924.id],
		name: "t_0925_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0925_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0925_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0926 = pgTable("t_0926", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0925.id],
		name: "t_0926_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0926_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0926_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0927 = pgTable("t_0927", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0926.id],
		name: "t_0927_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0927_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0927_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0928 = pgTable("t_0928", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0927.id],
		name: "t_0928_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0928_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0928_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0929 = pgTable("t_0929", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0928.id],
		name: "t_0929_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0929_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0929_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0930 = pgTable("t_0930", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0929.id],
		name: "t_0930_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0930_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0930_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0931 = pgTable("t_0931", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0930.id],
		name: "t_0931_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0931_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0931_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0932 = pgTable("t_0932", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0931.id],
		name: "t_0932_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0932_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0932_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0933 = pgTable("t_0933", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0932.id],
		name: "t_0933_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0933_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0933_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0934 = pgTable("t_0934", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0933.id],
		name: "t_0934_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0934_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0934_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0935 = pgTable("t_0935", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0934.id],
		name: "t_0935_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0935_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0935_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0936 = pgTable("t_0936", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0935.id],
		name: "t_0936_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0936_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0936_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0937 = pgTable("t_0937", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0936.id],
		name: "t_0937_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0937_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0937_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0938 = pgTable("t_0938", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0937.id],
		name: "t_0938_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0938_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0938_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0939 = pgTable("t_0939", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0938.id],
		name: "t_0939_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0939_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0939_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0940 = pgTable("t_0940", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0939.id],
		name: "t_0940_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0940_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0940_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0941 = pgTable("t_0941", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0940.id],
		name: "t_0941_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0941_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0941_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0942 = pgTable("t_0942", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0941.id],
		name: "t_0942_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0942_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0942_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0943 = pgTable("t_0943", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0942.id],
		name: "t_0943_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0943_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0943_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0944 = pgTable("t_0944", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0943.id],
		name: "t_0944_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0944_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0944_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0945 = pgTable("t_0945", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0944.id],
		name: "t_0945_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0945_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0945_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0946 = pgTable("t_0946", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0945.id],
		name: "t_0946_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0946_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0946_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0947 = pgTable("t_0947", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0946.id],
		name: "t_0947_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0947_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0947_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0948 = pgTable("t_0948", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0947.id],
		name: "t_0948_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0948_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0948_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0949 = pgTable("t_0949", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0948.id],
		name: "t_0949_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0949_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0949_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0950 = pgTable("t_0950", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0949.id],
		name: "t_0950_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0950_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0950_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0951 = pgTable("t_0951", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0950.id],
		name: "t_0951_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0951_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0951_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0952 = pgTable("t_0952", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0951.id],
		name: "t_0952_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0952_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0952_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0953 = pgTable("t_0953", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0952.id],
		name: "t_0953_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0953_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0953_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0954 = pgTable("t_0954", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0953.id],
		name: "t_0954_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0954_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0954_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0955 = pgTable("t_0955", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0954.id],
		name: "t_0955_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0955_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0955_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0956 = pgTable("t_0956", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0955.id],
		name: "t_0956_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0956_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0956_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0957 = pgTable("t_0957", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0956.id],
		name: "t_0957_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0957_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0957_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0958 = pgTable("t_0958", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0957.id],
		name: "t_0958_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0958_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0958_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0959 = pgTable("t_0959", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0958.id],
		name: "t_0959_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0959_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0959_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0960 = pgTable("t_0960", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0959.id],
		name: "t_0960_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0960_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0960_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0961 = pgTable("t_0961", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0960.id],
		name: "t_0961_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0961_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0961_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0962 = pgTable("t_0962", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0961.id],
		name: "t_0962_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0962_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0962_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0963 = pgTable("t_0963", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0962.id],
		name: "t_0963_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0963_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0963_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0964 = pgTable("t_0964", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0963.id],
		name: "t_0964_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0964_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0964_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0965 = pgTable("t_0965", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0964.id],
		name: "t_0965_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0965_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0965_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0966 = pgTable("t_0966", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0965.id],
		name: "t_0966_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0966_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0966_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0967 = pgTable("t_0967", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0966.id],
		name: "t_0967_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0967_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0967_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0968 = pgTable("t_0968", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0967.id],
		name: "t_0968_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0968_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0968_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0969 = pgTable("t_0969", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0968.id],
		name: "t_0969_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0969_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0969_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0970 = pgTable("t_0970", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0969.id],
		name: "t_0970_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0970_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0970_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0971 = pgTable("t_0971", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0970.id],
		name: "t_0971_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0971_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0971_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0972 = pgTable("t_0972", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0971.id],
		name: "t_0972_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0972_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0972_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0973 = pgTable("t_0973", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0972.id],
		name: "t_0973_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0973_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0973_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0974 = pgTable("t_0974", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0973.id],
		name: "t_0974_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0974_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0974_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0975 = pgTable("t_0975", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0974.id],
		name: "t_0975_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0975_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0975_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0976 = pgTable("t_0976", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0975.id],
		name: "t_0976_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0976_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0976_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0977 = pgTable("t_0977", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0976.id],
		name: "t_0977_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0977_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0977_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0978 = pgTable("t_0978", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0977.id],
		name: "t_0978_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0978_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0978_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0979 = pgTable("t_0979", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0978.id],
		name: "t_0979_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0979_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0979_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0980 = pgTable("t_0980", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0979.id],
		name: "t_0980_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0980_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0980_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0981 = pgTable("t_0981", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0980.id],
		name: "t_0981_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0981_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0981_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0982 = pgTable("t_0982", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0981.id],
		name: "t_0982_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0982_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0982_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0983 = pgTable("t_0983", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0982.id],
		name: "t_0983_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0983_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0983_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0984 = pgTable("t_0984", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0983.id],
		name: "t_0984_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0984_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0984_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0985 = pgTable("t_0985", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0984.id],
		name: "t_0985_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0985_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0985_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0986 = pgTable("t_0986", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0985.id],
		name: "t_0986_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0986_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0986_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0987 = pgTable("t_0987", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0986.id],
		name: "t_0987_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0987_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0987_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0988 = pgTable("t_0988", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0987.id],
		name: "t_0988_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0988_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0988_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0989 = pgTable("t_0989", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0988.id],
		name: "t_0989_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0989_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0989_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0990 = pgTable("t_0990", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0989.id],
		name: "t_0990_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0990_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0990_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0991 = pgTable("t_0991", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0990.id],
		name: "t_0991_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0991_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0991_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0992 = pgTable("t_0992", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0991.id],
		name: "t_0992_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0992_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0992_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0993 = pgTable("t_0993", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0992.id],
		name: "t_0993_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0993_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0993_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0994 = pgTable("t_0994", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0993.id],
		name: "t_0994_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0994_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0994_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0995 = pgTable("t_0995", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0994.id],
		name: "t_0995_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0995_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0995_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0996 = pgTable("t_0996", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0995.id],
		name: "t_0996_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0996_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0996_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0997 = pgTable("t_0997", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0996.id],
		name: "t_0997_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0997_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0997_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0998 = pgTable("t_0998", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0997.id],
		name: "t_0998_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0998_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0998_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t0999 = pgTable("t_0999", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0998.id],
		name: "t_0999_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_0999_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_0999_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);

export const t1000 = pgTable("t_1000", {
	id: serial().primaryKey(),
	parentId: integer("parent_id"),
	name: varchar({ length: 120 }).notNull(),
	description: text(),
	amount: numeric({ mode: 'number', precision: 12, scale: 2 }).default(0).notNull(),
	qty: integer().default(0).notNull(),
	isActive: boolean("is_active").default(true).notNull(),
	metadata: jsonb().default({}).notNull(),
	externalId: uuid("external_id").defaultRandom().notNull(),
	kind: benchKind().default("alpha").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [t0999.id],
		name: "t_1000_parent_id_fkey"
	}).onDelete("cascade"),
	uniqueIndex("t_1000_ext_uq").using("btree", table.externalId.asc().nullsLast()),
	index("t_1000_parent_idx").using("btree", table.parentId.asc().nullsLast()),
]);
