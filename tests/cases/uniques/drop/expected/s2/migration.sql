ALTER TABLE "users" DROP CONSTRAINT "users_org_handle";--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_email_key";