CREATE SCHEMA "app";
--> statement-breakpoint
CREATE TABLE "app"."accounts" (
	"id" integer,
	"name" text,
	"enabled" boolean
);
--> statement-breakpoint
CREATE VIEW "enabled_accounts" AS (select "id", "name" from "app"."accounts" where "app"."accounts"."enabled" = true);