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
