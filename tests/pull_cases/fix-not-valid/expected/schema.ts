import { pgTable, integer, foreignKey, primaryKey, check } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"



export const children = pgTable("children", {
	id: integer().primaryKey(),
	parentId: integer("parent_id"),
	qty: integer(),
}, (table) => [
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [parents.id],
		name: "children_parent_fk"
	}),
check("children_qty_check", sql`(qty > 0)) NOT VALI`),check("children_qty_small", sql`(qty < 1000)`),]);

export const parents = pgTable("parents", {
	id: integer().primaryKey(),
});
