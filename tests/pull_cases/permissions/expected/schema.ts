import { pgSchema, pgTable, serial, text, integer, foreignKey, primaryKey } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const hidden = pgSchema("hidden");
export const visible = pgSchema("visible");
export const levelInHidden = hidden.enum("level", ["low", "high"])


export const secretsInHidden = hidden.table("secrets", {
	id: serial().primaryKey(),
	value: text(),
	itemId: integer("item_id"),
}, (table) => [
	foreignKey({
		columns: [table.itemId],
		foreignColumns: [itemsInVisible.id],
		name: "secrets_item_id_fkey"
	}),
]);

export const itemsInVisible = visible.table("items", {
	id: serial().primaryKey(),
	name: text().notNull(),
});
export const secretViewInHidden = hidden.view("secret_view", {	id: integer(),
}).as(sql`SELECT secrets.id FROM hidden.secrets`);