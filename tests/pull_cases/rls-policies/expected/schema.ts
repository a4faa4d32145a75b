import { pgSchema, pgTable, integer, serial, text, boolean, primaryKey, pgPolicy } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const secure = pgSchema("secure");


export const notes = pgTable.withRLS("notes", {
	id: serial().primaryKey(),
	owner: text().default(sql`CURRENT_USER`).notNull(),
	body: text(),
	published: boolean().default(false).notNull(),
}, (table) => [

	pgPolicy("Notes Mixed", { to: ["app_reader", "app_writer"], using: sql`true`, withCheck: sql`true` }),

	pgPolicy("notes_delete", { for: "delete", using: sql`false` }),

	pgPolicy("notes_insert", { as: "restrictive", for: "insert", to: ["app_reader", "app_writer"], withCheck: sql`(owner = CURRENT_USER)` }),

	pgPolicy("notes_owner", { using: sql`(owner = CURRENT_USER)` }),

	pgPolicy("notes_read", { for: "select", to: ["app_reader"], using: sql`published` }),

	pgPolicy("notes_update", { for: "update", to: ["app_writer"], using: sql`(owner = CURRENT_USER)`, withCheck: sql`(body IS NOT NULL)` }),
]);

export const policyWithoutRls = pgTable("policy_without_rls", {
	id: integer(),
}, (table) => [

	pgPolicy("lonely", { using: sql`true` }),
]);

export const rlsNoPolicies = pgTable.withRLS("rls_no_policies", {
	id: integer(),
});

export const docsInSecure = secure.table.withRLS("docs", {
	id: integer().primaryKey(),
	tenant: integer().notNull(),
}, (table) => [

	pgPolicy("tenant_isolation", { using: sql`(tenant = (current_setting('app.tenant'::text))::integer)` }),
]);
