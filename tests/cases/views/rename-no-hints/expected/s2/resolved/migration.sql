DROP VIEW "v_old";--> statement-breakpoint
CREATE VIEW "v_new" AS (select id from t);