import { pgTable, pgEnum, bigint, uuid, text, timestamp, boolean, index, foreignKey, primaryKey, unique, check, pgPolicy } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const memberRole = pgEnum("member_role", ["owner", "admin", "member"])


export const profiles = pgTable.withRLS("profiles", {
	id: uuid().primaryKey(),
	username: text(),
	fullName: text("full_name"),
	avatarUrl: text("avatar_url"),
	website: text(),
	updatedAt: timestamp("updated_at", { withTimezone: true }),
}, (table) => [
	foreignKey({
		columns: [table.id],
		foreignColumns: [users.id],
		name: "profiles_id_fkey"
	}).onDelete("cascade"),
	unique("profiles_username_key").on(table.username),
	pgPolicy("Public profiles are viewable by everyone.", { for: "select", using: sql`true` }),

	pgPolicy("Users can insert their own profile.", { for: "insert", withCheck: sql`(( SELECT auth.uid() AS uid) = id)` }),

	pgPolicy("Users can update own profile.", { for: "update", using: sql`(( SELECT auth.uid() AS uid) = id)` }),
check("username_length", sql`(char_length(username) >= 3)`),]);

export const teamMembers = pgTable.withRLS("team_members", {
	teamId: bigint("team_id", { mode: 'number' }).notNull(),
	userId: uuid("user_id").notNull(),
	role: memberRole().default("member").notNull(),
	joinedAt: timestamp("joined_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	primaryKey({ columns: [table.teamId, table.userId], name: "team_members_pkey"}),
	foreignKey({
		columns: [table.teamId],
		foreignColumns: [teams.id],
		name: "team_members_team_id_fkey"
	}).onDelete("cascade"),
	foreignKey({
		columns: [table.userId],
		foreignColumns: [users.id],
		name: "team_members_user_id_fkey"
	}).onDelete("cascade"),
	index("team_members_user_id_idx").using("btree", table.userId.asc().nullsLast()),

	pgPolicy("Members see memberships", { for: "select", to: ["authenticated"], using: sql`(user_id = ( SELECT auth.uid() AS uid))` }),

	pgPolicy("Service role manages memberships", { to: ["service_role"], using: sql`true`, withCheck: sql`true` }),
]);

export const teams = pgTable.withRLS("teams", {
	id: bigint({ mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
	name: text().notNull(),
	slug: text().notNull(),
	createdBy: uuid("created_by").default(sql`auth.uid()`),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`timezone('utc'::text, now())`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.createdBy],
		foreignColumns: [users.id],
		name: "teams_created_by_fkey"
	}).onDelete("set null"),
	unique("teams_slug_key").on(table.slug),
	pgPolicy("Members can view their teams", { for: "select", to: ["authenticated"], using: sql`(id IN ( SELECT tm.team_id
   FROM team_members tm
  WHERE (tm.user_id = ( SELECT auth.uid() AS uid))))` }),

	pgPolicy("Owners can update their teams", { for: "update", to: ["authenticated"], using: sql`(EXISTS ( SELECT 1
   FROM team_members tm
  WHERE ((tm.team_id = teams.id) AND (tm.user_id = ( SELECT auth.uid() AS uid)) AND (tm.role = 'owner'::member_role))))`, withCheck: sql`true` }),
]);

export const todos = pgTable.withRLS("todos", {
	id: uuid().defaultRandom().primaryKey(),
	teamId: bigint("team_id", { mode: 'number' }),
	userId: uuid("user_id").default(sql`auth.uid()`).notNull(),
	task: text(),
	isComplete: boolean("is_complete").default(false),
	insertedAt: timestamp("inserted_at", { withTimezone: true }).default(sql`timezone('utc'::text, now())`).notNull(),
	updatedAt: timestamp("updated_at", { withTimezone: true }),
}, (table) => [
	foreignKey({
		columns: [table.teamId],
		foreignColumns: [teams.id],
		name: "todos_team_id_fkey"
	}).onDelete("cascade"),
	foreignKey({
		columns: [table.userId],
		foreignColumns: [users.id],
		name: "todos_user_id_fkey"
	}),

	pgPolicy("Individuals can create todos.", { for: "insert", to: ["authenticated"], withCheck: sql`(( SELECT auth.uid() AS uid) = user_id)` }),

	pgPolicy("Individuals can delete their own todos.", { as: "restrictive", for: "delete", to: ["anon", "authenticated"], using: sql`(( SELECT auth.uid() AS uid) = user_id)` }),

	pgPolicy("Individuals can view their own todos. ", { for: "select", using: sql`(( SELECT auth.uid() AS uid) = user_id)` }),
check("todos_task_check", sql`(char_length(task) > 3)`),]);
