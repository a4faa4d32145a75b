ALTER TABLE "contacts" RENAME TO "people";--> statement-breakpoint
ALTER TABLE "people" RENAME COLUMN "title" TO "job_title";--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "linkedin_url" text;