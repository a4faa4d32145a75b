CREATE TABLE "t" (
	"id" integer
);
--> statement-breakpoint
CREATE MATERIALIZED VIEW "mv" USING "heap" WITH (fillfactor = 40) TABLESPACE ts1 AS (select "id" from "t");