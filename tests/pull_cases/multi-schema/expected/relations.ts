import { defineRelations } from "drizzle-orm";
import * as schema from "./schema";

export const relations = defineRelations(schema, (r) => ({
	accountsInBilling: {
		usersInAuth: r.one.usersInAuth({
			from: r.accountsInBilling.ownerId,
			to: r.usersInAuth.id
		}),
		invoicesInBillings: r.many.invoicesInBilling(),
		dailyInReportings: r.many.dailyInReporting(),
	},
	usersInAuth: {
		accountsInBillings: r.many.accountsInBilling(),
		users: r.many.users(),
	},
	invoicesInBilling: {
		accountsInBilling: r.one.accountsInBilling({
			from: r.invoicesInBilling.accountId,
			to: r.accountsInBilling.id
		}),
	},
	users: {
		usersInAuth: r.one.usersInAuth({
			from: r.users.authId,
			to: r.usersInAuth.id
		}),
	},
	dailyInReporting: {
		accountsInBilling: r.one.accountsInBilling({
			from: r.dailyInReporting.accountId,
			to: r.accountsInBilling.id
		}),
	},
}))