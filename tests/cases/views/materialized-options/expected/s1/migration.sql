CREATE TABLE "t" (
	"id" integer
);
--> statement-breakpoint
CREATE MATERIALIZED VIEW "mv_all" USING "heap" WITH (parallel_workers = 2) TABLESPACE fast AS (select "id" from "t") WITH NO DATA;--> statement-breakpoint
CREATE MATERIALIZED VIEW "mv_nodata" AS (select "id" from "t") WITH NO DATA;--> statement-breakpoint
CREATE MATERIALIZED VIEW "mv_ts" TABLESPACE pg_default AS (select "id" from "t");--> statement-breakpoint
CREATE MATERIALIZED VIEW "mv_using" USING "heap" AS (select "id" from "t");--> statement-breakpoint
CREATE MATERIALIZED VIEW "mv_with" WITH (autovacuum_enabled = false, autovacuum_vacuum_scale_factor = 0.2, fillfactor = 70, user_catalog_table = true, vacuum_index_cleanup = off) AS (select "id" from "t");