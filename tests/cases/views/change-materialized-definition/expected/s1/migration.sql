CREATE TABLE "t" (
	"id" integer,
	"n" integer
);
--> statement-breakpoint
CREATE MATERIALIZED VIEW "mv" WITH (fillfactor = 90) AS (select id from t);