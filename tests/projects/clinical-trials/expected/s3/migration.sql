ALTER ROLE "investigator" WITH NOINHERIT;--> statement-breakpoint
DROP VIEW "my_visits";--> statement-breakpoint
ALTER VIEW "research"."active_subjects" SET (security_invoker = true);--> statement-breakpoint
ALTER MATERIALIZED VIEW "ae_summary" SET TABLESPACE "pg_default";--> statement-breakpoint
DROP POLICY "visits_update_own" ON "visits";--> statement-breakpoint
ALTER TABLE "research"."subjects" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE VIEW "my_visits" WITH (check_option = cascaded, security_barrier = false) AS (select id, subject_id, visit_no from visits where performed_by = current_user and performed_at is not null);--> statement-breakpoint
CREATE POLICY "visits_all_admin" ON "visits" AS PERMISSIVE FOR ALL TO "sponsor_admin";