CREATE TYPE "employment" AS ENUM('full_time', 'part_time', 'contract', 'internship');--> statement-breakpoint
CREATE TABLE "companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"name" text NOT NULL,
	"slug" varchar(80) NOT NULL UNIQUE,
	"website" text,
	"logo_url" text,
	"headcount" integer,
	"founded_year" smallint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"company_id" uuid NOT NULL,
	"title" varchar(160) NOT NULL,
	"description" text NOT NULL,
	"employment" "employment" NOT NULL,
	"remote" boolean DEFAULT false NOT NULL,
	"locations" text[] DEFAULT '{}'::text[] NOT NULL,
	"salary_min" integer,
	"salary_max" integer,
	"salary_currency" varchar(3),
	"posted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closes_at" timestamp with time zone,
	CONSTRAINT "jobs_salary_range" CHECK ("salary_min" is null or "salary_max" is null or "salary_min" <= "salary_max")
);
--> statement-breakpoint
CREATE INDEX "companies_name_trgm_idx" ON "companies" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "jobs_company_idx" ON "jobs" ("company_id");--> statement-breakpoint
CREATE INDEX "jobs_locations_idx" ON "jobs" USING gin ("locations");--> statement-breakpoint
CREATE INDEX "jobs_open_idx" ON "jobs" ("posted_at" DESC NULLS LAST) WHERE "closes_at" is null;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_company_id_companies_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE;