CREATE TYPE "goal_kind" AS ENUM('pageview', 'event', 'revenue');--> statement-breakpoint
CREATE TABLE "sites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"domain" varchar(253) NOT NULL,
	"name" text NOT NULL,
	"timezone" text DEFAULT 'UTC' NOT NULL,
	"public" boolean DEFAULT false NOT NULL,
	"retention_days" integer DEFAULT 395 NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"site_id" uuid NOT NULL,
	"session_id" bigint,
	"name" varchar(120) NOT NULL,
	"pathname" text NOT NULL,
	"properties" jsonb DEFAULT '{}' NOT NULL,
	"revenue_cents" bigint,
	"occurred_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sessions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"site_id" uuid NOT NULL,
	"visitor_hash" varchar(64) NOT NULL,
	"started_at" timestamp(3) with time zone NOT NULL,
	"ended_at" timestamp(3) with time zone,
	"entry_page" text,
	"referrer" text,
	"utm_source" text,
	"utm_medium" text,
	"utm_campaign" text,
	"country" varchar(2),
	"device" smallint,
	"pageviews" integer DEFAULT 0 NOT NULL,
	"ip" inet
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" serial PRIMARY KEY,
	"site_id" uuid NOT NULL,
	"kind" "goal_kind" NOT NULL,
	"event_name" text,
	"page_path" text,
	"display_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "goals_target" CHECK (("kind" = 'pageview' and "page_path" is not null) or ("kind" <> 'pageview' and "event_name" is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "sites_domain_uidx" ON "sites" ("domain");--> statement-breakpoint
CREATE INDEX "events_site_time_idx" ON "events" ("site_id","occurred_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "events_properties_idx" ON "events" USING gin ("properties" jsonb_path_ops);--> statement-breakpoint
CREATE INDEX "events_custom_idx" ON "events" ("site_id","name","occurred_at") WHERE "name" <> 'pageview';--> statement-breakpoint
CREATE INDEX "sessions_site_started_idx" ON "sessions" ("site_id","started_at");--> statement-breakpoint
CREATE INDEX "sessions_open_idx" ON "sessions" ("site_id") WHERE "ended_at" is null;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_site_id_sites_id_fkey" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_session_id_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_site_id_sites_id_fkey" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_site_id_sites_id_fkey" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE CASCADE;