import { pgSchema, pgTable, integer, bigint, text, foreignKey, primaryKey, unique, check } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const other = pgSchema("other");


export const targetsInOther = other.table("targets", {
	id: bigint({ mode: 'number' }).primaryKey(),
	k: text(),
}, (table) => [
	unique("targets_k_key").on(table.k),]);

export const children = pgTable("children", {
	id: integer().generatedAlwaysAsIdentity(),
	parentId: integer("parent_id"),
	parentCode: text("parent_code"),
	parentRegion: text("parent_region"),
	targetId: bigint("target_id", { mode: 'number' }),
	selfId: integer("self_id"),
	a: integer(),
	b: integer(),
	email: text(),
	phone: text(),
}, (table) => [
	primaryKey({ columns: [table.id], name: "children_pk"}),
	foreignKey({
		columns: [table.parentCode, table.parentRegion],
		foreignColumns: [parents.code, parents.region],
		name: "children_parent_fk"
	}).onUpdate("cascade").onDelete("set null"),
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [parents.id],
		name: "children_parent_id_fkey"
	}),
	foreignKey({
		columns: [table.selfId],
		foreignColumns: [table.id],
		name: "children_self_fk"
	}).onDelete("set default"),
	foreignKey({
		columns: [table.targetId],
		foreignColumns: [targetsInOther.id],
		name: "children_target_fk"
	}).onDelete("restrict"),
	unique("Children Quoted Unique").on(table.b, table.a),	unique("children_email_phone_key").on(table.email, table.phone).nullsNotDistinct(),check("children_ab_check", sql`(a < b)`),check("children_email_check", sql`(email ~* '^[^@]+@[^@]+$'::text)`),]);

export const compositePk = pgTable("composite_pk", {
	x: integer().notNull(),
	y: integer().notNull(),
	z: text(),
}, (table) => [
	primaryKey({ columns: [table.y, table.x], name: "composite_pk_pkey"}),
	unique("composite_pk_z_key").on(table.z),check("composite_pk_check", sql`((x > 0) AND (y > 0))`),check("composite_pk_z_check", sql`(z <> ''::text)`),]);

export const deferrableFk = pgTable("deferrable_fk", {
	id: integer().primaryKey(),
	parentId: integer("parent_id"),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [parents.id],
		name: "deferrable_fk_parent_id_fkey"
	}).onDelete("cascade"),
]);

export const parents = pgTable("parents", {
	id: integer().primaryKey(),
	code: text().notNull(),
	region: text().notNull(),
}, (table) => [
	unique("parents_code_region_key").on(table.code, table.region),]);
