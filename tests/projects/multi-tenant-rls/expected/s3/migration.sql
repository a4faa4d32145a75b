CREATE ROLE "auditor" WITH NOINHERIT;--> statement-breakpoint
DROP POLICY "projects_support_read" ON "projects";--> statement-breakpoint
CREATE POLICY "documents_not_archived" ON "documents" AS RESTRICTIVE FOR UPDATE TO "app_user", "auditor" USING (not exists (select 1 from projects p where p.id = "documents"."project_id" and p.archived));