CREATE TABLE "tasks" (
	"id" integer,
	"owner" integer,
	"status" text,
	"done" boolean
);
--> statement-breakpoint
CREATE INDEX "tasks_open" ON "tasks" ("owner") WHERE "done" = false;--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_active_status" ON "tasks" ("owner","status") WHERE "status" <> 'archived' and "done" is not true;