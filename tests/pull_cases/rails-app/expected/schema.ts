import { pgTable, varchar, bigserial, bigint, timestamp, text, numeric, doublePrecision, integer, inet, boolean, jsonb, index, uniqueIndex, foreignKey, primaryKey } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"



export const activeStorageAttachments = pgTable("active_storage_attachments", {
	id: bigserial({ mode: 'number' }).primaryKey(),
	name: varchar().notNull(),
	recordType: varchar("record_type").notNull(),
	recordId: bigint("record_id", { mode: 'number' }).notNull(),
	blobId: bigint("blob_id", { mode: 'number' }).notNull(),
	createdAt: timestamp("created_at", { precision: 6 }).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.blobId],
		foreignColumns: [activeStorageBlobs.id],
		name: "fk_rails_c3b3935057"
	}),
	index("index_active_storage_attachments_on_blob_id").using("btree", table.blobId.asc().nullsLast()),
	uniqueIndex("index_active_storage_attachments_uniqueness").using("btree", table.recordType.asc().nullsLast(), table.recordId.asc().nullsLast(), table.name.asc().nullsLast(), table.blobId.asc().nullsLast()),
]);

export const activeStorageBlobs = pgTable("active_storage_blobs", {
	id: bigserial({ mode: 'number' }).primaryKey(),
	key: varchar().notNull(),
	filename: varchar().notNull(),
	contentType: varchar("content_type"),
	metadata: text(),
	serviceName: varchar("service_name").notNull(),
	byteSize: bigint("byte_size", { mode: 'number' }).notNull(),
	checksum: varchar(),
	createdAt: timestamp("created_at", { precision: 6 }).notNull(),
}, (table) => [
	uniqueIndex("index_active_storage_blobs_on_key").using("btree", table.key.asc().nullsLast()),
]);

export const arInternalMetadata = pgTable("ar_internal_metadata", {
	key: varchar().primaryKey(),
	value: varchar(),
	createdAt: timestamp("created_at", { precision: 6 }).notNull(),
	updatedAt: timestamp("updated_at", { precision: 6 }).notNull(),
});

export const articles = pgTable("articles", {
	id: bigserial({ mode: 'number' }).primaryKey(),
	userId: bigint("user_id", { mode: 'number' }).notNull(),
	title: varchar().notNull(),
	body: text(),
	price: numeric({ precision: 10, scale: 2 }),
	score: doublePrecision().default(0.0),
	status: integer().default(0).notNull(),
	publishedAt: timestamp("published_at", { precision: 6 }),
	lockVersion: integer("lock_version").default(0).notNull(),
	createdAt: timestamp("created_at", { precision: 6 }).notNull(),
	updatedAt: timestamp("updated_at", { precision: 6 }).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.userId],
		foreignColumns: [users.id],
		name: "fk_rails_3d31dad1cc"
	}),
	index("index_articles_on_published_at").using("btree", table.publishedAt.asc().nullsLast()).where(sql`(published_at IS NOT NULL)`),
	index("index_articles_on_user_id").using("btree", table.userId.asc().nullsLast()),
]);

export const comments = pgTable("comments", {
	id: bigserial({ mode: 'number' }).primaryKey(),
	commentableType: varchar("commentable_type").notNull(),
	commentableId: bigint("commentable_id", { mode: 'number' }).notNull(),
	userId: bigint("user_id", { mode: 'number' }),
	body: text().notNull(),
	createdAt: timestamp("created_at", { precision: 6 }).notNull(),
	updatedAt: timestamp("updated_at", { precision: 6 }).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.userId],
		foreignColumns: [users.id],
		name: "fk_rails_03de2dc08c"
	}).onDelete("set null"),
	index("index_comments_on_commentable").using("btree", table.commentableType.asc().nullsLast(), table.commentableId.asc().nullsLast()),
	index("index_comments_on_user_id").using("btree", table.userId.asc().nullsLast()),
]);

export const schemaMigrations = pgTable("schema_migrations", {
	version: varchar().primaryKey(),
});

export const users = pgTable("users", {
	id: bigserial({ mode: 'number' }).primaryKey(),
	email: varchar().default("").notNull(),
	encryptedPassword: varchar("encrypted_password").default("").notNull(),
	resetPasswordToken: varchar("reset_password_token"),
	resetPasswordSentAt: timestamp("reset_password_sent_at", { precision: 6 }),
	signInCount: integer("sign_in_count").default(0).notNull(),
	currentSignInIp: inet("current_sign_in_ip"),
	lastSignInIp: inet("last_sign_in_ip"),
	admin: boolean().default(false).notNull(),
	settings: jsonb().default({}).notNull(),
	roles: varchar().array().default([]),
	deletedAt: timestamp("deleted_at", { precision: 6 }),
	createdAt: timestamp("created_at", { precision: 6 }).notNull(),
	updatedAt: timestamp("updated_at", { precision: 6 }).notNull(),
}, (table) => [
	uniqueIndex("index_users_on_email").using("btree", table.email.asc().nullsLast()).where(sql`(deleted_at IS NULL)`),
	uniqueIndex("index_users_on_reset_password_token").using("btree", table.resetPasswordToken.asc().nullsLast()),
]);
