-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE SCHEMA "reporting";
--> statement-breakpoint
CREATE TABLE "events" (
	"id" bigserial PRIMARY KEY,
	"site_id" integer NOT NULL,
	"session_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"path" text NOT NULL,
	"referrer" text,
	"duration_ms" integer,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events_staging" (
	"payload" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"number" serial PRIMARY KEY,
	"site_id" integer NOT NULL,
	"amount" numeric(10,2) NOT NULL,
	"issued_at" date DEFAULT CURRENT_DATE NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sites" (
	"id" serial PRIMARY KEY,
	"domain" text NOT NULL CONSTRAINT "sites_domain_key" UNIQUE,
	"owner_email" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting"."snapshots" (
	"id" serial,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE INDEX "events_site_time_idx" ON "events" ("site_id","occurred_at");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_site_id_fkey" FOREIGN KEY ("site_id") REFERENCES "sites"("id");--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_site_id_fkey" FOREIGN KEY ("site_id") REFERENCES "sites"("id");--> statement-breakpoint
CREATE VIEW "big_invoices" WITH (check_option = local) AS (SELECT invoices.number, invoices.site_id, invoices.amount FROM invoices WHERE invoices.amount >= 1000::numeric);--> statement-breakpoint
CREATE MATERIALIZED VIEW "daily_stats" USING "heap" AS (SELECT events.site_id, date_trunc('day'::text, events.occurred_at)::date AS day, count(*) AS events, count(DISTINCT events.session_id) AS sessions, avg(events.duration_ms)::numeric(10,1) AS avg_duration FROM events GROUP BY events.site_id, (date_trunc('day'::text, events.occurred_at)::date));--> statement-breakpoint
CREATE VIEW "recent_invoices" WITH (security_invoker = true) AS (SELECT i.number, s.domain, i.amount FROM invoices i JOIN sites s ON s.id = i.site_id WHERE i.issued_at > (CURRENT_DATE - 30));--> statement-breakpoint
CREATE VIEW "session_paths" AS (WITH ordered AS ( SELECT e.session_id, e.site_id, e.path, e.occurred_at, row_number() OVER (PARTITION BY e.session_id ORDER BY e.occurred_at) AS step, lag(e.path) OVER (PARTITION BY e.session_id ORDER BY e.occurred_at) AS previous_path FROM events e ) SELECT ordered.session_id, ordered.site_id, ordered.step, ordered.previous_path, ordered.path FROM ordered WHERE ordered.step <= 10);--> statement-breakpoint
CREATE VIEW "site_pageviews" AS (SELECT s.id AS site_id, s.domain, count(e.id) AS pageviews, max(e.occurred_at) AS last_seen FROM sites s LEFT JOIN events e ON e.site_id = s.id AND e.kind = 'pageview'::text GROUP BY s.id, s.domain);--> statement-breakpoint
CREATE MATERIALIZED VIEW "reporting"."site_revenue" USING "heap" WITH (fillfactor = 90) AS (SELECT s.domain, sum(i.amount) AS revenue FROM sites s JOIN invoices i ON i.site_id = s.id GROUP BY s.domain);--> statement-breakpoint
CREATE VIEW "reporting"."top_pages" WITH (security_barrier = true) AS (SELECT events.site_id, events.path, count(*) AS hits, rank() OVER (PARTITION BY events.site_id ORDER BY (count(*)) DESC) AS rank FROM events GROUP BY events.site_id, events.path);
*/