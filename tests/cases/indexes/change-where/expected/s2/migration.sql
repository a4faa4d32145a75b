DROP INDEX "jobs_a";--> statement-breakpoint
CREATE INDEX "jobs_a" ON "jobs" ("state") WHERE "prio" > 5;--> statement-breakpoint
DROP INDEX "jobs_b";--> statement-breakpoint
CREATE INDEX "jobs_b" ON "jobs" ("prio") WHERE "state" is not null;--> statement-breakpoint
DROP INDEX "jobs_c";--> statement-breakpoint
CREATE INDEX "jobs_c" ON "jobs" ("id");