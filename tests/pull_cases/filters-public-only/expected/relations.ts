import { defineRelations } from "drizzle-orm";
import * as schema from "./schema";

export const relations = defineRelations(schema, (r) => ({
	profiles: {
		usersInAuth: r.one.usersInAuth({
			from: r.profiles.id,
			to: r.usersInAuth.id
		}),
	},
	usersInAuth: {
		profiles: r.many.profiles(),
	},
}))