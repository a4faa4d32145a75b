import { pgSchema, pgTable, serial, text, integer, boolean, timestamp, foreignKey, primaryKey, pgView, bigint, numeric } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const reports = pgSchema("reports");


export const posts = pgTable("posts", {
	id: serial().primaryKey(),
	authorId: integer("author_id"),
	title: text(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`),
}, (table) => [
	foreignKey({
		columns: [table.authorId],
		foreignColumns: [users.id],
		name: "posts_author_id_fkey"
	}),
]);

export const users = pgTable("users", {
	id: serial().primaryKey(),
	name: text().notNull(),
	email: text(),
	active: boolean().default(true),
	tags: text().array(),
});
export const activeUsers = pgView("active_users", {	id: integer(),
	name: text(),
	email: text(),
}).as(sql`SELECT users.id, users.name, users.email FROM users WHERE users.active`);

export const barrierOff = pgView("barrier_off", {	id: integer(),
}).with({"securityBarrier":false}).as(sql`SELECT users.id FROM users`);

export const cascadedUsers = pgView("cascaded_users", {	id: integer(),
	name: text(),
}).with({"checkOption":"cascaded","securityBarrier":true}).as(sql`SELECT users.id, users.name FROM users`);

export const checkedUsers = pgView("checked_users", {	id: integer(),
	name: text(),
	email: text(),
	active: boolean(),
	tags: text().array().array("[][]"),
}).with({"checkOption":"local"}).as(sql`SELECT users.id, users.name, users.email, users.active, users.tags FROM users WHERE users.active`);

export const invokerUsers = pgView("invoker_users", {	id: integer(),
}).with({"securityInvoker":true}).as(sql`SELECT users.id FROM users`);

export const nums = pgView("nums", {	n: integer(),
}).as(sql`WITH RECURSIVE nums(n) AS ( VALUES (1) UNION ALL SELECT nums_1.n + 1 FROM nums nums_1 WHERE nums_1.n < 5 ) SELECT nums.n FROM nums`);

export const quotedView = pgView("Quoted View", {	one: integer(),
	two: text("Two"),
	nums: integer().array().array("[][]"),
	amount: numeric({ precision: 10, scale: 2 }),
	ts: timestamp({ precision: 3 }),
}).as(sql`SELECT 1 AS one, 'two'::text AS "Two", ARRAY[1, 2] AS nums, NULL::numeric(10,2) AS amount, now()::timestamp(3) without time zone AS ts`);

export const userPosts = pgView("user_posts", {	userId: integer("user_id"),
	name: text(),
	postCount: bigint("post_count", { mode: 'number' }),
	lastPost: timestamp("last_post", { withTimezone: true }),
}).as(sql`SELECT u.id AS user_id, u.name, count(p.id) AS post_count, max(p.created_at) AS last_post FROM users u LEFT JOIN posts p ON p.author_id = u.id GROUP BY u.id, u.name`);

export const topAuthorsInReports = reports.view("top_authors", {	userId: integer("user_id"),
	postCount: bigint("post_count", { mode: 'number' }),
}).as(sql`SELECT user_posts.user_id, user_posts.post_count FROM user_posts ORDER BY user_posts.post_count DESC LIMIT 10`);