CREATE TABLE "base" (
	"id" integer,
	"n" integer
);
--> statement-breakpoint
CREATE VIEW "z_base" AS (select "id", "n" from "base" where "base"."n" > 0);--> statement-breakpoint
CREATE VIEW "a_top" AS (select "id", "n" from "z_base");