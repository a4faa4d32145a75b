DROP VIEW "v";--> statement-breakpoint
CREATE MATERIALIZED VIEW "v" AS (select id from t);