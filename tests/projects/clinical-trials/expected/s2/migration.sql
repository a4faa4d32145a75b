ALTER TYPE "research"."arm_kind" ADD VALUE 'open_label';--> statement-breakpoint
ALTER SEQUENCE "research"."subject_seq" INCREMENT BY 2 MINVALUE 1 MAXVALUE 99999 START WITH 1 CACHE 10 CYCLE;--> statement-breakpoint
CREATE ROLE "data_manager" WITH CREATEDB;--> statement-breakpoint
ALTER ROLE "monitor" WITH INHERIT;--> statement-breakpoint
ALTER ROLE "sponsor_admin" WITH NOCREATEROLE;--> statement-breakpoint
DROP VIEW "research"."active_subjects";--> statement-breakpoint
ALTER VIEW "my_visits" SET (check_option = cascaded, security_barrier = false);--> statement-breakpoint
ALTER VIEW "my_visits" RESET (security_invoker);--> statement-breakpoint
ALTER MATERIALIZED VIEW "ae_summary" SET (fillfactor = 80);--> statement-breakpoint
ALTER TABLE "research"."subjects" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "arms" ADD COLUMN "randomization_ratio" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "adverse_events" ADD COLUMN "serious" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "arms" ALTER COLUMN "target_enrollment" SET DEFAULT 120;--> statement-breakpoint
CREATE VIEW "research"."active_subjects" AS (select "id", "study_id", "site_code" from "research"."subjects" where "research"."subjects"."withdrawn_at" is null and "research"."subjects"."arm_id" is not null);--> statement-breakpoint
ALTER POLICY "studies_read" ON "research"."studies" TO "data_manager", "investigator", "monitor" USING (true);--> statement-breakpoint
DROP POLICY "visits_monitor_read" ON "visits";--> statement-breakpoint
CREATE POLICY "visits_monitor_read" ON "visits" AS PERMISSIVE FOR SELECT TO "auditor", "monitor" USING ("visits"."performed_at" is not null);--> statement-breakpoint
ALTER POLICY "visits_no_delete" ON "visits" TO current_user, session_user USING (false);