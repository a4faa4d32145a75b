CREATE TYPE "form_status" AS ENUM('draft', 'published', 'closed', 'archived');--> statement-breakpoint
CREATE TABLE "forms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"workspace_id" uuid NOT NULL,
	"short_code" varchar(10) NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"status" "form_status" DEFAULT 'draft'::"form_status" NOT NULL,
	"settings" jsonb DEFAULT '{"theme":"light","showProgress":true}' NOT NULL,
	"response_limit" integer,
	"accept_responses" boolean DEFAULT true NOT NULL,
	"closes_at" timestamp with time zone,
	"search" tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce("forms"."title", '') || ' ' || coalesce("forms"."description", ''))) STORED
);
--> statement-breakpoint
CREATE TABLE "questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"form_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"schema" jsonb NOT NULL,
	"rating_scale" int4range,
	"conditional" jsonb DEFAULT 'null'
);
--> statement-breakpoint
CREATE TABLE "workspaces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"name" text NOT NULL,
	"locale" char(5) DEFAULT 'en_US' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "answers" (
	"response_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"value" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"form_id" uuid NOT NULL,
	"respondent_email" text,
	"ip" inet,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"meta" jsonb DEFAULT '{}' NOT NULL,
	"duration_ms" integer GENERATED ALWAYS AS ((extract(epoch from (submitted_at - started_at)) * 1000)::integer) STORED
);
--> statement-breakpoint
CREATE UNIQUE INDEX "forms_short_code_uidx" ON "forms" ("short_code");--> statement-breakpoint
CREATE INDEX "forms_search_idx" ON "forms" USING gin ("search");--> statement-breakpoint
CREATE INDEX "forms_workspace_status_idx" ON "forms" ("workspace_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "questions_form_position_uidx" ON "questions" ("form_id","position");--> statement-breakpoint
CREATE INDEX "questions_schema_type_idx" ON "questions" (("schema" ->> 'type'));--> statement-breakpoint
CREATE INDEX "answers_question_idx" ON "answers" ("question_id");--> statement-breakpoint
CREATE INDEX "answers_value_gin" ON "answers" USING gin ("value" jsonb_path_ops);--> statement-breakpoint
CREATE INDEX "responses_form_submitted_idx" ON "responses" ("form_id","submitted_at" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "forms" ADD CONSTRAINT "forms_workspace_id_workspaces_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_form_id_forms_id_fkey" FOREIGN KEY ("form_id") REFERENCES "forms"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_response_id_responses_id_fkey" FOREIGN KEY ("response_id") REFERENCES "responses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_question_id_questions_id_fkey" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_form_id_forms_id_fkey" FOREIGN KEY ("form_id") REFERENCES "forms"("id") ON DELETE CASCADE;