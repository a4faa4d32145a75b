CREATE TYPE "activity_kind" AS ENUM('call', 'email', 'meeting', 'note', 'task');--> statement-breakpoint
CREATE TABLE "companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"name" text NOT NULL,
	"domain" varchar(253) CONSTRAINT "companies_domain_key" UNIQUE,
	"industry" varchar(60),
	"employees" integer,
	"custom_fields" json DEFAULT '{}',
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"company_id" uuid,
	"first_name" text,
	"last_name" text NOT NULL,
	"email" varchar(255),
	"phone" varchar(32),
	"title" text,
	"owner_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"kind" "activity_kind" NOT NULL,
	"subject" text NOT NULL,
	"body" text,
	"contact_id" uuid,
	"deal_id" uuid,
	"due_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "activities_has_target" CHECK (num_nonnulls("contact_id", "deal_id") >= 1)
);
--> statement-breakpoint
CREATE TABLE "deals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"title" text NOT NULL,
	"company_id" uuid,
	"primary_contact_id" uuid,
	"stage_id" uuid NOT NULL,
	"amount" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"expected_close" date,
	"owner_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "pipelines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "stages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"pipeline_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" smallint NOT NULL,
	"win_probability" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "stages_pipeline_position_key" UNIQUE("pipeline_id","position")
);
--> statement-breakpoint
CREATE INDEX "companies_name_idx" ON "companies" (lower("name")) WITH (fillfactor=80);--> statement-breakpoint
CREATE INDEX "contacts_company_idx" ON "contacts" ("company_id");--> statement-breakpoint
CREATE INDEX "contacts_email_idx" ON "contacts" ("email") WHERE "email" is not null;--> statement-breakpoint
CREATE INDEX "activities_open_tasks_idx" ON "activities" ("due_at") WHERE "kind" = 'task' and "done_at" is null;--> statement-breakpoint
CREATE INDEX "deals_stage_idx" ON "deals" ("stage_id");--> statement-breakpoint
CREATE INDEX "deals_owner_idx" ON "deals" ("owner_id");--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_company_id_companies_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_contact_id_contacts_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_deal_id_deals_id_fkey" FOREIGN KEY ("deal_id") REFERENCES "deals"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_company_id_companies_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_primary_contact_id_contacts_id_fkey" FOREIGN KEY ("primary_contact_id") REFERENCES "contacts"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_stage_id_stages_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "stages"("id");--> statement-breakpoint
ALTER TABLE "stages" ADD CONSTRAINT "stages_pipeline_id_pipelines_id_fkey" FOREIGN KEY ("pipeline_id") REFERENCES "pipelines"("id") ON DELETE CASCADE;--> statement-breakpoint
CREATE MATERIALIZED VIEW "pipeline_summary" AS (select stage_id, count(*)::int as deals, coalesce(sum(amount), 0) as total from deals where archived_at is null group by stage_id);