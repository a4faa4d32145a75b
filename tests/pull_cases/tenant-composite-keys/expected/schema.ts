import { pgTable, integer, bigint, varchar, text, char, boolean, foreignKey, primaryKey, unique, check } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"



export const issueLabels = pgTable("issue_labels", {
	tenantId: integer("tenant_id").notNull(),
	projectId: bigint("project_id", { mode: 'number' }).notNull(),
	issueNumber: integer("issue_number").notNull(),
	labelName: text("label_name").notNull(),
}, (table) => [
	primaryKey({ columns: [table.tenantId, table.projectId, table.issueNumber, table.labelName], name: "issue_labels_pkey"}),
	foreignKey({
		columns: [table.tenantId, table.projectId, table.issueNumber],
		foreignColumns: [issues.tenantId, issues.projectId, issues.number],
		name: "issue_labels_tenant_id_project_id_issue_number_fkey"
	}).onDelete("cascade"),
	foreignKey({
		columns: [table.tenantId, table.projectId, table.labelName],
		foreignColumns: [labels.tenantId, labels.projectId, labels.name],
		name: "issue_labels_tenant_id_project_id_label_name_fkey"
	}).onUpdate("cascade").onDelete("cascade"),
]);

export const issues = pgTable("issues", {
	tenantId: integer("tenant_id").notNull(),
	projectId: bigint("project_id", { mode: 'number' }).notNull(),
	number: integer().notNull(),
	title: text().notNull(),
	assigneeId: integer("assignee_id"),
	reporterId: integer("reporter_id").notNull(),
	projectKey: varchar("project_key", { length: 10 }),
	parentNumber: integer("parent_number"),
}, (table) => [
	primaryKey({ columns: [table.tenantId, table.projectId, table.number], name: "issues_pkey"}),
	foreignKey({
		columns: [table.tenantId, table.assigneeId],
		foreignColumns: [tenantUsers.tenantId, tenantUsers.id],
		name: "issues_assignee_fk"
	}).onDelete("set null"),
	foreignKey({
		columns: [table.tenantId, table.projectId, table.parentNumber],
		foreignColumns: [table.tenantId, table.projectId, table.number],
		name: "issues_parent_fk"
	}).onDelete("cascade"),
	foreignKey({
		columns: [table.tenantId, table.projectId],
		foreignColumns: [projects.tenantId, projects.id],
		name: "issues_project_fk"
	}).onUpdate("cascade").onDelete("restrict"),
	foreignKey({
		columns: [table.tenantId, table.projectKey],
		foreignColumns: [projects.tenantId, projects.key],
		name: "issues_project_key_fk"
	}).onUpdate("cascade"),
	foreignKey({
		columns: [table.tenantId, table.reporterId],
		foreignColumns: [tenantUsers.tenantId, tenantUsers.id],
		name: "issues_reporter_fk"
	}).onDelete("restrict"),
check("issues_not_own_parent", sql`((parent_number IS NULL) OR (parent_number <> number))`),]);

export const labels = pgTable("labels", {
	tenantId: integer("tenant_id").notNull(),
	projectId: bigint("project_id", { mode: 'number' }),
	name: text().notNull(),
	color: char({ length: 7 }).default("#cccccc").notNull(),
}, (table) => [
	foreignKey({
		columns: [table.tenantId, table.projectId],
		foreignColumns: [projects.tenantId, projects.id],
		name: "labels_tenant_id_project_id_fkey"
	}).onDelete("cascade"),
	unique("labels_name_key").on(table.tenantId, table.projectId, table.name).nullsNotDistinct(),]);

export const projects = pgTable("projects", {
	tenantId: integer("tenant_id").notNull(),
	id: bigint({ mode: 'number' }).notNull(),
	key: varchar({ length: 10 }).notNull(),
	ownerId: integer("owner_id"),
	workflowCode: varchar("workflow_code", { length: 32 }).default("default").notNull(),
	archived: boolean().default(false).notNull(),
}, (table) => [
	primaryKey({ columns: [table.tenantId, table.id], name: "projects_pkey"}),
	foreignKey({
		columns: [table.tenantId, table.ownerId],
		foreignColumns: [tenantUsers.tenantId, tenantUsers.id],
		name: "projects_owner_fk"
	}).onDelete("set null"),
	foreignKey({
		columns: [table.tenantId, table.workflowCode],
		foreignColumns: [workflows.tenantId, workflows.code],
		name: "projects_workflow_fk"
	}).onUpdate("cascade").onDelete("set default"),
	unique("projects_key_unique").on(table.tenantId, table.key),]);

export const tenantUsers = pgTable("tenant_users", {
	tenantId: integer("tenant_id").notNull(),
	id: integer().notNull(),
	email: text().notNull(),
}, (table) => [
	primaryKey({ columns: [table.tenantId, table.id], name: "tenant_users_pkey"}),
	foreignKey({
		columns: [table.tenantId],
		foreignColumns: [tenants.id],
		name: "tenant_users_tenant_id_fkey"
	}).onDelete("cascade"),
	unique("tenant_users_email_key").on(table.tenantId, table.email),]);

export const tenants = pgTable("tenants", {
	id: integer().primaryKey().generatedAlwaysAsIdentity(),
	slug: varchar({ length: 63 }).notNull(),
}, (table) => [
	unique("tenants_slug_key").on(table.slug),]);

export const workflows = pgTable("workflows", {
	tenantId: integer("tenant_id").notNull(),
	code: varchar({ length: 32 }).notNull(),
	name: text().notNull(),
}, (table) => [
	primaryKey({ columns: [table.tenantId, table.code], name: "workflows_pkey"}),
	foreignKey({
		columns: [table.tenantId],
		foreignColumns: [tenants.id],
		name: "workflows_tenant_id_fkey"
	}).onUpdate("cascade").onDelete("cascade"),
]);
