DROP VIEW "v";--> statement-breakpoint
CREATE VIEW "v" AS (select  id
  from t);