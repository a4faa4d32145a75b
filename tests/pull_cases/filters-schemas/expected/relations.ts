import { defineRelations } from "drizzle-orm";
import * as schema from "./schema";

export const relations = defineRelations(schema, (r) => ({
	itemsInTenantB: {
		root: r.one.root({
			from: r.itemsInTenantB.rootId,
			to: r.root.id
		}),
	},
	root: {
		itemsInTenantBS: r.many.itemsInTenantB(),
	},
}))