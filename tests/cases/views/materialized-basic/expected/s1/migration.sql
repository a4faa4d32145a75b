CREATE TABLE "users" (
	"id" integer,
	"name" text
);
--> statement-breakpoint
CREATE MATERIALIZED VIEW "mv_users" AS (select "id", "name" from "users");--> statement-breakpoint
CREATE MATERIALIZED VIEW "mv_names" AS (select name from users);