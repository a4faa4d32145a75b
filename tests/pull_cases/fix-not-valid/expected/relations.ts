import { defineRelations } from "drizzle-orm";
import * as schema from "./schema";

export const relations = defineRelations(schema, (r) => ({
	children: {
		parent: r.one.parents({
			from: r.children.parentId,
			to: r.parents.id
		}),
	},
	parents: {
		children: r.many.children(),
	},
}))