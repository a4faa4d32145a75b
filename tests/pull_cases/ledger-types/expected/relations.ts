import { defineRelations } from "drizzle-orm";
import * as schema from "./schema";

export const relations = defineRelations(schema, (r) => ({
	ledgerEntries: {
		account: r.one.accounts({
			from: r.ledgerEntries.accountId,
			to: r.accounts.id
		}),
	},
	accounts: {
		ledgerEntries: r.many.ledgerEntries(),
	},
}))