CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"job_id" uuid NOT NULL,
	"candidate_email" varchar(255) NOT NULL,
	"candidate_name" text NOT NULL,
	"resume_url" text,
	"stage" "application_stage" DEFAULT 'applied'::"application_stage" NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "applications_job_stage_idx" ON "applications" ("job_id","stage");--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_job_id_jobs_id_fkey" FOREIGN KEY ("job_id") REFERENCES "jobs"("id") ON DELETE CASCADE;