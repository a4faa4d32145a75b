ALTER VIEW "v_old" RENAME TO "v_new";--> statement-breakpoint
DROP VIEW "v_new";--> statement-breakpoint
CREATE VIEW "v_new" AS (select id from t where id > 0);