CREATE TABLE "t" (
	"id" integer
);
--> statement-breakpoint
CREATE MATERIALIZED VIEW "mv_a" WITH (fillfactor = 50) AS (select "id" from "t");--> statement-breakpoint
CREATE MATERIALIZED VIEW "mv_b" AS (select "id" from "t");--> statement-breakpoint
CREATE MATERIALIZED VIEW "mv_c" TABLESPACE ts1 AS (select "id" from "t");--> statement-breakpoint
CREATE MATERIALIZED VIEW "mv_d" AS (select "id" from "t");