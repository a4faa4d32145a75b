DROP INDEX "users_email_ci";--> statement-breakpoint
CREATE INDEX "users_email_ci" ON "users" (upper("email"));