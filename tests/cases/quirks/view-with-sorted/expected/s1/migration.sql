CREATE TABLE "t" (
	"id" integer
);
--> statement-breakpoint
CREATE VIEW "v" WITH (check_option = cascaded, security_barrier = true, security_invoker = true) AS (select "id" from "t");--> statement-breakpoint
CREATE MATERIALIZED VIEW "mv" WITH (autovacuum_freeze_max_age = 1000000, fillfactor = 100, log_autovacuum_min_duration = 10, toast_tuple_target = 256, vacuum_truncate = false) AS (select "id" from "t");