DROP VIEW "analytics"."clicks";--> statement-breakpoint
ALTER VIEW "analytics"."secure" SET (security_invoker = false);--> statement-breakpoint
ALTER MATERIALIZED VIEW "analytics"."counts" SET (fillfactor = 60);--> statement-breakpoint
CREATE VIEW "analytics"."clicks" AS (select "id" from "events");