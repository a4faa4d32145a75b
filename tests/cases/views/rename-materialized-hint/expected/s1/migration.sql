CREATE TABLE "t" (
	"id" integer
);
--> statement-breakpoint
CREATE MATERIALIZED VIEW "mv_old" AS (select "id" from "t");