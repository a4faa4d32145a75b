ALTER TABLE "tasks" ALTER COLUMN "status" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "tasks" ALTER COLUMN "status" DROP DEFAULT;--> statement-breakpoint
DROP TYPE "task_status";--> statement-breakpoint
CREATE TYPE "task_status" AS ENUM('backlog', 'todo', 'in_progress', 'done', 'cancelled');--> statement-breakpoint
ALTER TABLE "tasks" ALTER COLUMN "status" SET DATA TYPE "task_status" USING "status"::"task_status";--> statement-breakpoint
ALTER TABLE "tasks" ALTER COLUMN "status" SET DEFAULT 'backlog'::"task_status";--> statement-breakpoint
DROP INDEX "tasks_assignee_idx";--> statement-breakpoint
CREATE INDEX "tasks_assignee_idx" ON "tasks" ("assignee_id") WHERE "status" not in ('done', 'cancelled');