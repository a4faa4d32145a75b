import { pgTable, bigint, integer, varchar, timestamp, text, uuid, boolean, numeric, smallint, doublePrecision, jsonb, interval, date, time, inet, index, uniqueIndex, foreignKey, primaryKey, unique, check } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"



export const authGroup = pgTable("auth_group", {
	id: integer().primaryKey().generatedByDefaultAsIdentity(),
	name: varchar({ length: 150 }).notNull(),
}, (table) => [
	index("auth_group_name_a6ea08ec_like").using("btree", table.name.asc().nullsLast().op("varchar_pattern_ops")),
	unique("auth_group_name_key").on(table.name),]);

export const authPermission = pgTable("auth_permission", {
	id: integer().primaryKey().generatedByDefaultAsIdentity(),
	name: varchar({ length: 255 }).notNull(),
	contentTypeId: integer("content_type_id").notNull(),
	codename: varchar({ length: 100 }).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.contentTypeId],
		foreignColumns: [djangoContentType.id],
		name: "auth_permission_content_type_id_2f476e4b_fk_django_co"
	}),
	index("auth_permission_content_type_id_2f476e4b").using("btree", table.contentTypeId.asc().nullsLast()),
	unique("auth_permission_content_type_id_codename_01ab375a_uniq").on(table.contentTypeId, table.codename),]);

export const authUser = pgTable("auth_user", {
	id: integer().primaryKey().generatedByDefaultAsIdentity(),
	password: varchar({ length: 128 }).notNull(),
	lastLogin: timestamp("last_login", { withTimezone: true }),
	isSuperuser: boolean("is_superuser").notNull(),
	username: varchar({ length: 150 }).notNull(),
	firstName: varchar("first_name", { length: 150 }).notNull(),
	lastName: varchar("last_name", { length: 150 }).notNull(),
	email: varchar({ length: 254 }).notNull(),
	isStaff: boolean("is_staff").notNull(),
	isActive: boolean("is_active").notNull(),
	dateJoined: timestamp("date_joined", { withTimezone: true }).notNull(),
}, (table) => [
	index("auth_user_username_6821ab7c_like").using("btree", table.username.asc().nullsLast().op("varchar_pattern_ops")),
	unique("auth_user_username_key").on(table.username),]);

export const authUserGroups = pgTable("auth_user_groups", {
	id: bigint({ mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
	userId: integer("user_id").notNull(),
	groupId: integer("group_id").notNull(),
}, (table) => [
	foreignKey({
		columns: [table.groupId],
		foreignColumns: [authGroup.id],
		name: "auth_user_groups_group_id_97559544_fk_auth_group_id"
	}),
	foreignKey({
		columns: [table.userId],
		foreignColumns: [authUser.id],
		name: "auth_user_groups_user_id_6a12ed8b_fk_auth_user_id"
	}),
	index("auth_user_groups_group_id_97559544").using("btree", table.groupId.asc().nullsLast()),
	index("auth_user_groups_user_id_6a12ed8b").using("btree", table.userId.asc().nullsLast()),
	unique("auth_user_groups_user_id_group_id_94350c0c_uniq").on(table.userId, table.groupId),]);

export const djangoAdminLog = pgTable("django_admin_log", {
	id: integer().primaryKey().generatedByDefaultAsIdentity(),
	actionTime: timestamp("action_time", { withTimezone: true }).notNull(),
	objectId: text("object_id"),
	objectRepr: varchar("object_repr", { length: 200 }).notNull(),
	actionFlag: smallint("action_flag").notNull(),
	changeMessage: text("change_message").notNull(),
	contentTypeId: integer("content_type_id"),
	userId: integer("user_id").notNull(),
}, (table) => [
	foreignKey({
		columns: [table.contentTypeId],
		foreignColumns: [djangoContentType.id],
		name: "django_admin_log_content_type_id_c4bce8eb_fk_django_co"
	}),
	foreignKey({
		columns: [table.userId],
		foreignColumns: [authUser.id],
		name: "django_admin_log_user_id_c564eba6_fk_auth_user_id"
	}),
	index("django_admin_log_content_type_id_c4bce8eb").using("btree", table.contentTypeId.asc().nullsLast()),
	index("django_admin_log_user_id_c564eba6").using("btree", table.userId.asc().nullsLast()),
check("django_admin_log_action_flag_check", sql`(action_flag >= 0)`),]);

export const djangoContentType = pgTable("django_content_type", {
	id: integer().primaryKey().generatedByDefaultAsIdentity(),
	appLabel: varchar("app_label", { length: 100 }).notNull(),
	model: varchar({ length: 100 }).notNull(),
}, (table) => [
	unique("django_content_type_app_label_model_76bd3d3b_uniq").on(table.appLabel, table.model),]);

export const djangoMigrations = pgTable("django_migrations", {
	id: bigint({ mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
	app: varchar({ length: 255 }).notNull(),
	name: varchar({ length: 255 }).notNull(),
	applied: timestamp({ withTimezone: true }).notNull(),
});

export const djangoSession = pgTable("django_session", {
	sessionKey: varchar("session_key", { length: 40 }).primaryKey(),
	sessionData: text("session_data").notNull(),
	expireDate: timestamp("expire_date", { withTimezone: true }).notNull(),
}, (table) => [
	index("django_session_expire_date_a5c62663").using("btree", table.expireDate.asc().nullsLast()),
	index("django_session_session_key_c0390e0f_like").using("btree", table.sessionKey.asc().nullsLast().op("varchar_pattern_ops")),
]);

export const shopCustomer = pgTable("shop_customer", {
	id: bigint({ mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
	uuid: uuid().notNull(),
	age: integer().notNull(),
	loyaltyPoints: bigint("loyalty_points", { mode: 'number' }).notNull(),
	rating: smallint(),
	balance: numeric({ precision: 12, scale: 2 }).notNull(),
	discount: doublePrecision().notNull(),
	preferences: jsonb().notNull(),
	sessionTimeout: interval("session_timeout").notNull(),
	birthDate: date("birth_date"),
	wakeTime: time("wake_time"),
	website: varchar({ length: 200 }).notNull(),
	slug: varchar({ length: 50 }).notNull(),
	ip: inet(),
	userId: integer("user_id").notNull(),
}, (table) => [
	foreignKey({
		columns: [table.userId],
		foreignColumns: [authUser.id],
		name: "shop_customer_user_id_1d2a8e5f_fk_auth_user_id"
	}),
	index("shop_customer_slug_4b0a3b5e").using("btree", table.slug.asc().nullsLast()),
	index("shop_customer_slug_4b0a3b5e_like").using("btree", table.slug.asc().nullsLast().op("varchar_pattern_ops")),
	unique("shop_customer_user_id_key").on(table.userId),	unique("shop_customer_uuid_key").on(table.uuid),check("shop_customer_age_check", sql`(age >= 0)`),check("shop_customer_loyalty_points_check", sql`(loyalty_points >= 0)`),check("shop_customer_rating_check", sql`(rating >= 0)`),]);

export const shopOrder = pgTable("shop_order", {
	id: bigint({ mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
	number: varchar({ length: 32 }).notNull(),
	status: varchar({ length: 16 }).notNull(),
	total: numeric({ precision: 12, scale: 2 }).notNull(),
	placedAt: timestamp("placed_at", { withTimezone: true }).notNull(),
	customerId: bigint("customer_id", { mode: 'number' }).notNull(),
	parentId: bigint("parent_id", { mode: 'number' }),
}, (table) => [
	foreignKey({
		columns: [table.customerId],
		foreignColumns: [shopCustomer.id],
		name: "shop_order_customer_id_0b5a1fde_fk_shop_customer_id"
	}),
	foreignKey({
		columns: [table.parentId],
		foreignColumns: [table.id],
		name: "shop_order_parent_id_5e2c1a34_fk_shop_order_id"
	}),
	uniqueIndex("one_open_order_per_customer").using("btree", table.customerId.asc().nullsLast()).where(sql`((status)::text = 'new'::text)`),
	index("shop_order_customer_id_0b5a1fde").using("btree", table.customerId.asc().nullsLast()),
	index("shop_order_parent_id_5e2c1a34").using("btree", table.parentId.asc().nullsLast()),
	index("shop_order_placed__1e9d6c_idx").using("btree", table.placedAt.desc().nullsFirst(), table.status.asc().nullsLast()),
	unique("unique_order_number_per_customer").on(table.customerId, table.number),check("order_status_valid", sql`((status)::text = ANY ((ARRAY['new'::character varying, 'paid'::character varying, 'shipped'::character varying, 'cancelled'::character varying])::text[]))`),check("order_total_non_negative", sql`(total >= (0)::numeric)`),]);
