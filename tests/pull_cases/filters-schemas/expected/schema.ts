import { pgSchema, pgTable, integer, pgEnum, foreignKey, primaryKey } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const shared = pgSchema("shared");
export const tenantA = pgSchema("tenant_a");
export const tenantB = pgSchema("tenant_b");
export const kindInShared = shared.enum("kind", ["a", "b"])

export const itemSeqInTenantA = tenantA.sequence("item_seq", { startWith: "1", increment: "1", minValue: "1", maxValue: "9223372036854775807", cache: "1", cycle: false, })

export const lookupInShared = shared.table("lookup", {
	id: integer().primaryKey(),
});

export const itemsInTenantA = tenantA.table("items", {
	id: integer().primaryKey(),
	kind: kindInShared(),
});

export const itemsInTenantB = tenantB.table("items", {
	id: integer().primaryKey(),
	rootId: integer("root_id"),
}, (table) => [
	foreignKey({
		columns: [table.rootId],
		foreignColumns: [root.id],
		name: "items_root_id_fkey"
	}),
]);
export const itemViewInTenantB = tenantB.view("item_view", {	id: integer(),
}).as(sql`SELECT items.id FROM tenant_b.items`);