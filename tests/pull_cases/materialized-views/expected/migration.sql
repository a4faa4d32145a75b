-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE SCHEMA "mv";
--> statement-breakpoint
CREATE TABLE "metrics" (
	"id" serial PRIMARY KEY,
	"name" text NOT NULL,
	"value" double precision,
	"at" timestamp with time zone DEFAULT now()
);
--> statement-breakpoint
CREATE MATERIALIZED VIEW "mv"."latest" USING "heap" AS (SELECT DISTINCT ON (metrics.name) metrics.name, metrics.value, metrics.at FROM metrics ORDER BY metrics.name, metrics.at DESC);--> statement-breakpoint
CREATE MATERIALIZED VIEW "mv"."vacuum_opts" USING "heap" WITH (parallel_workers = 2, vacuum_truncate = false, autovacuum_vacuum_threshold = 100, autovacuum_vacuum_scale_factor = 0.2, log_autovacuum_min_duration = -1) AS (SELECT 1 AS x);--> statement-breakpoint
CREATE MATERIALIZED VIEW "metric_empty" USING "heap" AS (SELECT metrics.name FROM metrics);--> statement-breakpoint
CREATE MATERIALIZED VIEW "metric_opts" USING "heap" WITH (fillfactor = 50, toast_tuple_target = 256, autovacuum_enabled = false) AS (SELECT metrics.id, metrics.name, metrics.value, metrics.at FROM metrics);--> statement-breakpoint
CREATE MATERIALIZED VIEW "metric_totals" USING "heap" AS (SELECT metrics.name, sum(metrics.value) AS total FROM metrics GROUP BY metrics.name);
*/