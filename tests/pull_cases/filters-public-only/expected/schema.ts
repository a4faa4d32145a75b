import { pgTable, pgEnum, uuid, foreignKey, primaryKey, pgView } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const plan = pgEnum("plan", ["free", "pro"])


export const profiles = pgTable("profiles", {
	id: uuid().primaryKey(),
	role: roleInAuth().default("member").notNull(),
	plan: plan().default("free").notNull(),
}, (table) => [
	foreignKey({
		columns: [table.id],
		foreignColumns: [users.id],
		name: "profiles_id_fkey"
	}).onDelete("cascade"),
]);
export const proProfiles = pgView("pro_profiles", {	id: uuid(),
}).as(sql`SELECT profiles.id FROM profiles WHERE profiles.plan = 'pro'::plan`);