CREATE TYPE "task_status" AS ENUM('backlog', 'todo', 'in_progress', 'in_review', 'done', 'wont_do');--> statement-breakpoint
CREATE TABLE "labels" (
	"id" varchar(24) PRIMARY KEY,
	"workspace_id" varchar(24) NOT NULL,
	"name" varchar(50) NOT NULL,
	"color" varchar(7) DEFAULT '#6b7280' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_labels" (
	"task_id" varchar(24),
	"label_id" varchar(24),
	CONSTRAINT "task_labels_pkey" PRIMARY KEY("task_id","label_id")
);
--> statement-breakpoint
CREATE TABLE "task_dependencies" (
	"task_id" varchar(24),
	"blocked_by_id" varchar(24),
	CONSTRAINT "task_dependencies_pkey" PRIMARY KEY("task_id","blocked_by_id"),
	CONSTRAINT "task_dependencies_no_self" CHECK ("task_id" <> "blocked_by_id")
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" varchar(24) PRIMARY KEY,
	"workspace_id" varchar(24) NOT NULL,
	"number" integer NOT NULL,
	"title" varchar(300) NOT NULL,
	"description" text,
	"status" "task_status" DEFAULT 'backlog'::"task_status" NOT NULL,
	"priority" smallint DEFAULT 0 NOT NULL,
	"estimate" real,
	"assignee_id" varchar(24),
	"due_on" date,
	"sort_order" real DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "tasks_workspace_number_key" UNIQUE("workspace_id","number"),
	CONSTRAINT "tasks_priority_range" CHECK ("priority" between 0 and 4)
);
--> statement-breakpoint
CREATE TABLE "members" (
	"id" varchar(24) PRIMARY KEY,
	"workspace_id" varchar(24) NOT NULL,
	"email" varchar(255) NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workspaces" (
	"id" varchar(24) PRIMARY KEY,
	"name" text NOT NULL,
	"key" varchar(6) NOT NULL UNIQUE,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "tasks_workspace_status_idx" ON "tasks" ("workspace_id","status","sort_order");--> statement-breakpoint
CREATE INDEX "tasks_assignee_idx" ON "tasks" ("assignee_id") WHERE "status" not in ('done', 'wont_do');--> statement-breakpoint
ALTER TABLE "labels" ADD CONSTRAINT "labels_workspace_id_workspaces_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "task_labels" ADD CONSTRAINT "task_labels_task_id_tasks_id_fkey" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "task_labels" ADD CONSTRAINT "task_labels_label_id_labels_id_fkey" FOREIGN KEY ("label_id") REFERENCES "labels"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "task_dependencies" ADD CONSTRAINT "task_dependencies_task_id_tasks_id_fkey" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "task_dependencies" ADD CONSTRAINT "task_dependencies_blocked_by_id_tasks_id_fkey" FOREIGN KEY ("blocked_by_id") REFERENCES "tasks"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_workspace_id_workspaces_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignee_id_members_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "members"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_workspace_id_workspaces_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE;