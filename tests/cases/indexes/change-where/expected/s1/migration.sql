CREATE TABLE "jobs" (
	"id" integer,
	"state" text,
	"prio" integer
);
--> statement-breakpoint
CREATE INDEX "jobs_a" ON "jobs" ("state") WHERE "prio" > 0;--> statement-breakpoint
CREATE INDEX "jobs_b" ON "jobs" ("prio");--> statement-breakpoint
CREATE INDEX "jobs_c" ON "jobs" ("id") WHERE "state" = 'new';