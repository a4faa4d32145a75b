ALTER TYPE "hr"."leave_kind" ADD VALUE 'bereavement';--> statement-breakpoint
ALTER TABLE "hr"."employees" ADD COLUMN "weekly_hours" numeric(4,1) DEFAULT '40.0' NOT NULL;--> statement-breakpoint
ALTER TABLE "hr"."employees" ADD COLUMN "preferred_name" varchar(80);--> statement-breakpoint
ALTER TABLE "hr"."employees" ALTER COLUMN "country_code" SET DEFAULT 'DE';