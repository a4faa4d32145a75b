ALTER TABLE "users" ADD CONSTRAINT "users_org_handle" UNIQUE NULLS NOT DISTINCT("org","handle");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_email_key" UNIQUE("email");