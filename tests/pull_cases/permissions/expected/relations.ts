import { defineRelations } from "drizzle-orm";
import * as schema from "./schema";

export const relations = defineRelations(schema, (r) => ({
	secretsInHidden: {
		itemsInVisible: r.one.itemsInVisible({
			from: r.secretsInHidden.itemId,
			to: r.itemsInVisible.id
		}),
	},
	itemsInVisible: {
		secretsInHiddens: r.many.secretsInHidden(),
	},
}))