CREATE TABLE "t" (
	"id" integer,
	"n" integer
);
--> statement-breakpoint
CREATE VIEW "v" AS (select "id", "n" from "t" where "t"."n" > 0);