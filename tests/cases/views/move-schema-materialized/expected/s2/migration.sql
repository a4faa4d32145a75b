CREATE SCHEMA "archive";
--> statement-breakpoint
ALTER MATERIALIZED VIEW "mv" SET SCHEMA "archive";