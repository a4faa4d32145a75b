import { defineRelations } from "drizzle-orm";
import * as schema from "./schema";

export const relations = defineRelations(schema, (r) => ({
	user: {
		user: r.one.user({
			from: r.user.userID,
			to: r.user.id,
			alias: "user_userID_user_id"
		}),
		users: r.many.user({
			alias: "user_userID_user_id"
		}),
	},
}))