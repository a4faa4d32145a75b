ALTER MATERIALIZED VIEW "mv_a" SET (autovacuum_enabled = true, fillfactor = 80);--> statement-breakpoint
ALTER MATERIALIZED VIEW "mv_b" SET ACCESS METHOD "heap";--> statement-breakpoint
ALTER MATERIALIZED VIEW "mv_c" SET TABLESPACE "ts2";