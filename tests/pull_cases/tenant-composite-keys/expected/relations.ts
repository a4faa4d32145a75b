import { defineRelations } from "drizzle-orm";
import * as schema from "./schema";

export const relations = defineRelations(schema, (r) => ({
	issues: {
		labels: r.many.labels({
			from: [r.issues.tenantId.through(r.issueLabels.tenantId), r.issues.projectId.through(r.issueLabels.projectId), r.issues.number.through(r.issueLabels.issueNumber)],
			to: [r.labels.tenantId.through(r.issueLabels.tenantId), r.labels.projectId.through(r.issueLabels.projectId), r.labels.name.through(r.issueLabels.labelName)]
		}),
		issueLabels: r.many.issueLabels(),
		tenantUserTenantIdAssigneeId: r.one.tenantUsers({
			from: [r.issues.tenantId, r.issues.assigneeId],
			to: [r.tenantUsers.tenantId, r.tenantUsers.id],
			alias: "issues_tenantId_assigneeId_tenantUsers_tenantId_id"
		}),
		issue: r.one.issues({
			from: [r.issues.tenantId, r.issues.projectId, r.issues.parentNumber],
			to: [r.issues.tenantId, r.issues.projectId, r.issues.number],
			alias: "issues_tenantId_projectId_parentNumber_issues_tenantId_projectId_number"
		}),
		issues: r.many.issues({
			alias: "issues_tenantId_projectId_parentNumber_issues_tenantId_projectId_number"
		}),
		projectTenantIdProjectId: r.one.projects({
			from: [r.issues.tenantId, r.issues.projectId],
			to: [r.projects.tenantId, r.projects.id],
			alias: "issues_tenantId_projectId_projects_tenantId_id"
		}),
		projectTenantIdProjectKey: r.one.projects({
			from: [r.issues.tenantId, r.issues.projectKey],
			to: [r.projects.tenantId, r.projects.key],
			alias: "issues_tenantId_projectKey_projects_tenantId_key"
		}),
		tenantUserTenantIdReporterId: r.one.tenantUsers({
			from: [r.issues.tenantId, r.issues.reporterId],
			to: [r.tenantUsers.tenantId, r.tenantUsers.id],
			alias: "issues_tenantId_reporterId_tenantUsers_tenantId_id"
		}),
	},
	labels: {
		issues: r.many.issues(),
		issueLabels: r.many.issueLabels(),
		project: r.one.projects({
			from: [r.labels.tenantId, r.labels.projectId],
			to: [r.projects.tenantId, r.projects.id]
		}),
	},
	issueLabels: {
		issue: r.one.issues({
			from: [r.issueLabels.tenantId, r.issueLabels.projectId, r.issueLabels.issueNumber],
			to: [r.issues.tenantId, r.issues.projectId, r.issues.number]
		}),
		label: r.one.labels({
			from: [r.issueLabels.tenantId, r.issueLabels.projectId, r.issueLabels.labelName],
			to: [r.labels.tenantId, r.labels.projectId, r.labels.name]
		}),
	},
	tenantUsers: {
		issuesTenantIdAssigneeId: r.many.issues({
			alias: "issues_tenantId_assigneeId_tenantUsers_tenantId_id"
		}),
		issuesTenantIdReporterId: r.many.issues({
			alias: "issues_tenantId_reporterId_tenantUsers_tenantId_id"
		}),
		workflows: r.many.workflows({
			from: [r.tenantUsers.tenantId.through(r.projects.tenantId), r.tenantUsers.id.through(r.projects.ownerId)],
			to: [r.workflows.tenantId.through(r.projects.tenantId), r.workflows.code.through(r.projects.workflowCode)]
		}),
		projects: r.many.projects(),
		tenant: r.one.tenants({
			from: r.tenantUsers.tenantId,
			to: r.tenants.id
		}),
	},
	projects: {
		issuesTenantIdProjectId: r.many.issues({
			alias: "issues_tenantId_projectId_projects_tenantId_id"
		}),
		issuesTenantIdProjectKey: r.many.issues({
			alias: "issues_tenantId_projectKey_projects_tenantId_key"
		}),
		labels: r.many.labels(),
		tenantUser: r.one.tenantUsers({
			from: [r.projects.tenantId, r.projects.ownerId],
			to: [r.tenantUsers.tenantId, r.tenantUsers.id]
		}),
		workflow: r.one.workflows({
			from: [r.projects.tenantId, r.projects.workflowCode],
			to: [r.workflows.tenantId, r.workflows.code]
		}),
	},
	workflows: {
		tenantUsers: r.many.tenantUsers(),
		projects: r.many.projects(),
		tenant: r.one.tenants({
			from: r.workflows.tenantId,
			to: r.tenants.id
		}),
	},
	tenants: {
		tenantUsers: r.many.tenantUsers(),
		workflows: r.many.workflows(),
	},
}))