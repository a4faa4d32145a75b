ALTER MATERIALIZED VIEW "mv" RESET (fillfactor);--> statement-breakpoint
ALTER MATERIALIZED VIEW "mv" SET TABLESPACE "pg_default";