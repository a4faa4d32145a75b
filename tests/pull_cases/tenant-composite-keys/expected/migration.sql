-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE TABLE "issue_labels" (
	"tenant_id" integer,
	"project_id" bigint,
	"issue_number" integer,
	"label_name" text,
	CONSTRAINT "issue_labels_pkey" PRIMARY KEY("tenant_id","project_id","issue_number","label_name")
);
--> statement-breakpoint
CREATE TABLE "issues" (
	"tenant_id" integer,
	"project_id" bigint,
	"number" integer,
	"title" text NOT NULL,
	"assignee_id" integer,
	"reporter_id" integer NOT NULL,
	"project_key" varchar(10),
	"parent_number" integer,
	CONSTRAINT "issues_pkey" PRIMARY KEY("tenant_id","project_id","number"),
	CONSTRAINT "issues_not_own_parent" CHECK (((parent_number IS NULL) OR (parent_number <> number)))
);
--> statement-breakpoint
CREATE TABLE "labels" (
	"tenant_id" integer NOT NULL,
	"project_id" bigint,
	"name" text NOT NULL,
	"color" char(7) DEFAULT '#cccccc' NOT NULL,
	CONSTRAINT "labels_name_key" UNIQUE NULLS NOT DISTINCT("tenant_id","project_id","name")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"tenant_id" integer,
	"id" bigint,
	"key" varchar(10) NOT NULL,
	"owner_id" integer,
	"workflow_code" varchar(32) DEFAULT 'default' NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	CONSTRAINT "projects_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "projects_key_unique" UNIQUE("tenant_id","key")
);
--> statement-breakpoint
CREATE TABLE "tenant_users" (
	"tenant_id" integer,
	"id" integer,
	"email" text NOT NULL,
	CONSTRAINT "tenant_users_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "tenant_users_email_key" UNIQUE("tenant_id","email")
);
--> statement-breakpoint
CREATE TABLE "tenants" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tenants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" varchar(63) NOT NULL CONSTRAINT "tenants_slug_key" UNIQUE
);
--> statement-breakpoint
CREATE TABLE "workflows" (
	"tenant_id" integer,
	"code" varchar(32),
	"name" text NOT NULL,
	CONSTRAINT "workflows_pkey" PRIMARY KEY("tenant_id","code")
);
--> statement-breakpoint
ALTER TABLE "tenant_users" ADD CONSTRAINT "tenant_users_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "workflows" ADD CONSTRAINT "workflows_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_owner_fk" FOREIGN KEY ("tenant_id","owner_id") REFERENCES "tenant_users"("tenant_id","id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_workflow_fk" FOREIGN KEY ("tenant_id","workflow_code") REFERENCES "workflows"("tenant_id","code") ON DELETE SET DEFAULT ON UPDATE CASCADE;--> statement-breakpoint
ALTER TABLE "issues" ADD CONSTRAINT "issues_assignee_fk" FOREIGN KEY ("tenant_id","assignee_id") REFERENCES "tenant_users"("tenant_id","id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "issues" ADD CONSTRAINT "issues_parent_fk" FOREIGN KEY ("tenant_id","project_id","parent_number") REFERENCES "issues"("tenant_id","project_id","number") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "issues" ADD CONSTRAINT "issues_project_fk" FOREIGN KEY ("tenant_id","project_id") REFERENCES "projects"("tenant_id","id") ON DELETE RESTRICT ON UPDATE CASCADE;--> statement-breakpoint
ALTER TABLE "issues" ADD CONSTRAINT "issues_project_key_fk" FOREIGN KEY ("tenant_id","project_key") REFERENCES "projects"("tenant_id","key") ON UPDATE CASCADE;--> statement-breakpoint
ALTER TABLE "issues" ADD CONSTRAINT "issues_reporter_fk" FOREIGN KEY ("tenant_id","reporter_id") REFERENCES "tenant_users"("tenant_id","id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "labels" ADD CONSTRAINT "labels_tenant_id_project_id_fkey" FOREIGN KEY ("tenant_id","project_id") REFERENCES "projects"("tenant_id","id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "issue_labels" ADD CONSTRAINT "issue_labels_tenant_id_project_id_issue_number_fkey" FOREIGN KEY ("tenant_id","project_id","issue_number") REFERENCES "issues"("tenant_id","project_id","number") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "issue_labels" ADD CONSTRAINT "issue_labels_tenant_id_project_id_label_name_fkey" FOREIGN KEY ("tenant_id","project_id","label_name") REFERENCES "labels"("tenant_id","project_id","name") ON DELETE CASCADE ON UPDATE CASCADE;
*/