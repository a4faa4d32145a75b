DROP MATERIALIZED VIEW "mv";--> statement-breakpoint
CREATE MATERIALIZED VIEW "mv" WITH (fillfactor = 90) AS (select id from t where n is not null);