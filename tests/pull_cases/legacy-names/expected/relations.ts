import { defineRelations } from "drizzle-orm";
import * as schema from "./schema";

export const relations = defineRelations(schema, (r) => ({
	customerAccountSubscriptionBillingHistoryEntriesArchive: {
		user: r.one.user({
			from: r.customerAccountSubscriptionBillingHistoryEntriesArchive.customerAccountSubscriptionBillingHistoryReferenceIdenti,
			to: r.user.id
		}),
	},
	user: {
		customerAccountSubscriptionBillingHistoryEntriesArchives: r.many.customerAccountSubscriptionBillingHistoryEntriesArchive(),
		orders: r.many.order(),
	},
	mixedCaseTable: {
		mixedCaseTable: r.one.mixedCaseTable({
			from: r.mixedCaseTable.parentId,
			to: r.mixedCaseTable.id,
			alias: "mixedCaseTable_parentId_mixedCaseTable_id"
		}),
		mixedCaseTables: r.many.mixedCaseTable({
			alias: "mixedCaseTable_parentId_mixedCaseTable_id"
		}),
	},
	order: {
		user: r.one.user({
			from: r.order.userID,
			to: r.user.id
		}),
	},
}))