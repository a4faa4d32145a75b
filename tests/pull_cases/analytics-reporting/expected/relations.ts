import { defineRelations } from "drizzle-orm";
import * as schema from "./schema";

export const relations = defineRelations(schema, (r) => ({
	events: {
		site: r.one.sites({
			from: r.events.siteId,
			to: r.sites.id
		}),
	},
	sites: {
		events: r.many.events(),
		invoices: r.many.invoices(),
	},
	invoices: {
		site: r.one.sites({
			from: r.invoices.siteId,
			to: r.sites.id
		}),
	},
}))