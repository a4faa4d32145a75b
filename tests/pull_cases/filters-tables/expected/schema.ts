import { pgSchema, pgTable, pgEnum, serial, integer, text, timestamp, jsonb, foreignKey, primaryKey, pgSequence, pgPolicy, pgView } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const audit = pgSchema("audit");
export const mood = pgEnum("mood", ["ok"])

export const internalSeq = pgSequence("internal_seq", { startWith: "1", increment: "1", minValue: "1", maxValue: "9223372036854775807", cache: "1", cycle: false, })

export const usersInAudit = audit.table("users", {
	id: integer(),
	at: timestamp({ withTimezone: true }),
});

export const internalJobs = pgTable("internal_jobs", {
	id: serial().primaryKey(),
	payload: jsonb(),
});

export const posts = pgTable("posts", {
	id: serial().primaryKey(),
	authorId: integer("author_id"),
}, (table) => [
	foreignKey({
		columns: [table.authorId],
		foreignColumns: [users.id],
		name: "posts_author_id_fkey"
	}),
]);

export const users = pgTable("users", {
	id: serial().primaryKey(),
	name: text(),
}, (table) => [

	pgPolicy("users_all", { using: sql`true` }),
]);
export const internalView = pgView("internal_view", {	id: integer(),
}).as(sql`SELECT internal_jobs.id FROM internal_jobs`);

export const userNames = pgView("user_names", {	name: text(),
}).as(sql`SELECT users.name FROM users`);