CREATE SCHEMA "analytics";
--> statement-breakpoint
CREATE TABLE "events" (
	"id" integer,
	"kind" text
);
--> statement-breakpoint
CREATE VIEW "analytics"."clicks" AS (select "id", "kind" from "events");--> statement-breakpoint
CREATE VIEW "analytics"."secure" WITH (security_invoker = true) AS (select id from events);--> statement-breakpoint
CREATE MATERIALIZED VIEW "analytics"."counts" AS (select kind, count(*)::int as n from events group by kind);