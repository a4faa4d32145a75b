DROP VIEW "v";--> statement-breakpoint
DROP MATERIALIZED VIEW "mv";