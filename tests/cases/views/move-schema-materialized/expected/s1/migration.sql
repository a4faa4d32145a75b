CREATE TABLE "t" (
	"id" integer
);
--> statement-breakpoint
CREATE MATERIALIZED VIEW "mv" AS (select "id" from "t");