import { pgTable, pgEnum, text, uuid, varchar, serial, integer, timestamp, boolean, bigint, doublePrecision, numeric, jsonb, customType, uniqueIndex, index, foreignKey, primaryKey } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const role = pgEnum("Role", ["USER", "EDITOR", "ADMIN"])
export const postStatus = pgEnum("PostStatus", ["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"])


export const categoryToPost = pgTable("_CategoryToPost", {
	a: integer("A").notNull(),
	b: integer("B").notNull(),
}, (table) => [
	foreignKey({
		columns: [table.a],
		foreignColumns: [category.id],
		name: "_CategoryToPost_A_fkey"
	}).onUpdate("cascade").onDelete("cascade"),
	foreignKey({
		columns: [table.b],
		foreignColumns: [post.id],
		name: "_CategoryToPost_B_fkey"
	}).onUpdate("cascade").onDelete("cascade"),
	uniqueIndex("_CategoryToPost_AB_unique").using("btree", table.a.asc().nullsLast(), table.b.asc().nullsLast()),
	index("_CategoryToPost_B_index").using("btree", table.b.asc().nullsLast()),
]);

export const prismaMigrations = pgTable("_prisma_migrations", {
	id: varchar({ length: 36 }).primaryKey(),
	checksum: varchar({ length: 64 }).notNull(),
	finishedAt: timestamp("finished_at", { withTimezone: true }),
	migrationName: varchar("migration_name", { length: 255 }).notNull(),
	logs: text(),
	rolledBackAt: timestamp("rolled_back_at", { withTimezone: true }),
	startedAt: timestamp("started_at", { withTimezone: true }).default(sql`now()`).notNull(),
	appliedStepsCount: integer("applied_steps_count").default(0).notNull(),
});

export const userFollows = pgTable("_UserFollows", {
	a: text("A").notNull(),
	b: text("B").notNull(),
}, (table) => [
	primaryKey({ columns: [table.a, table.b], name: "_UserFollows_AB_pkey"}),
	foreignKey({
		columns: [table.a],
		foreignColumns: [user.id],
		name: "_UserFollows_A_fkey"
	}).onUpdate("cascade").onDelete("cascade"),
	foreignKey({
		columns: [table.b],
		foreignColumns: [user.id],
		name: "_UserFollows_B_fkey"
	}).onUpdate("cascade").onDelete("cascade"),
	index("_UserFollows_B_index").using("btree", table.b.asc().nullsLast()),
]);

export const category = pgTable("Category", {
	id: serial().primaryKey(),
	name: text().notNull(),
}, (table) => [
	uniqueIndex("Category_name_key").using("btree", table.name.asc().nullsLast()),
]);

export const like = pgTable("Like", {
	userId: text().notNull(),
	postId: integer().notNull(),
	createdAt: timestamp({ precision: 3 }).default(sql`CURRENT_TIMESTAMP`).notNull(),
}, (table) => [
	primaryKey({ columns: [table.userId, table.postId], name: "Like_pkey"}),
	foreignKey({
		columns: [table.postId],
		foreignColumns: [post.id],
		name: "Like_postId_fkey"
	}).onUpdate("cascade").onDelete("cascade"),
	foreignKey({
		columns: [table.userId],
		foreignColumns: [user.id],
		name: "Like_userId_fkey"
	}).onUpdate("cascade").onDelete("cascade"),
]);

export const post = pgTable("Post", {
	id: serial().primaryKey(),
	title: varchar({ length: 255 }).notNull(),
	slug: text().notNull(),
	content: text(),
	status: postStatus().default("DRAFT").notNull(),
	published: boolean().default(false).notNull(),
	viewCount: integer().default(0).notNull(),
	likes: bigint({ mode: 'number' }).default(0).notNull(),
	rating: doublePrecision(),
	price: numeric({ precision: 65, scale: 30 }),
	metadata: jsonb(),
	tags: text().array(),
	cover: customType({ dataType: () => 'bytea' })(),
	authorId: text().notNull(),
	createdAt: timestamp({ precision: 3 }).default(sql`CURRENT_TIMESTAMP`).notNull(),
	updatedAt: timestamp({ precision: 3 }).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.authorId],
		foreignColumns: [user.id],
		name: "Post_authorId_fkey"
	}).onUpdate("cascade").onDelete("restrict"),
	index("Post_authorId_status_idx").using("btree", table.authorId.asc().nullsLast(), table.status.asc().nullsLast()),
	index("Post_createdAt_idx").using("btree", table.createdAt.desc().nullsFirst()),
	uniqueIndex("Post_slug_key").using("btree", table.slug.asc().nullsLast()),
]);

export const profile = pgTable("Profile", {
	id: serial().primaryKey(),
	bio: text(),
	avatarUrl: varchar({ length: 2048 }),
	userId: text().notNull(),
}, (table) => [
	foreignKey({
		columns: [table.userId],
		foreignColumns: [user.id],
		name: "Profile_userId_fkey"
	}).onUpdate("cascade").onDelete("cascade"),
	uniqueIndex("Profile_userId_key").using("btree", table.userId.asc().nullsLast()),
]);

export const session = pgTable("Session", {
	id: uuid().primaryKey(),
	sessionToken: text().notNull(),
	userId: text().notNull(),
	expires: timestamp({ precision: 3 }).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.userId],
		foreignColumns: [user.id],
		name: "Session_userId_fkey"
	}).onUpdate("cascade").onDelete("cascade"),
	uniqueIndex("Session_sessionToken_key").using("btree", table.sessionToken.asc().nullsLast()),
]);

export const user = pgTable("User", {
	id: text().primaryKey(),
	email: text().notNull(),
	name: text(),
	role: role().default("USER").notNull(),
	roles: role().array().default(sql`ARRAY['USER'::"Role"]`),
	emailVerified: timestamp({ precision: 3 }),
	createdAt: timestamp({ precision: 3 }).default(sql`CURRENT_TIMESTAMP`).notNull(),
	updatedAt: timestamp({ precision: 3 }).notNull(),
}, (table) => [
	uniqueIndex("User_email_key").using("btree", table.email.asc().nullsLast()),
]);
