CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"organization_id" uuid DEFAULT (current_setting('app.current_org', true)) NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL UNIQUE,
	"scopes" text[] NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "api_tokens_org_idx" ON "api_tokens" ("organization_id");--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_organization_id_organizations_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE;--> statement-breakpoint
CREATE POLICY "api_tokens_read" ON "api_tokens" AS PERMISSIVE FOR SELECT TO "app_user" USING ("api_tokens"."organization_id" = nullif(current_setting('app.current_org', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "api_tokens_insert" ON "api_tokens" AS PERMISSIVE FOR INSERT TO "app_user" WITH CHECK ("api_tokens"."organization_id" = nullif(current_setting('app.current_org', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "api_tokens_revoke" ON "api_tokens" AS PERMISSIVE FOR UPDATE TO "app_user" USING ("api_tokens"."organization_id" = nullif(current_setting('app.current_org', true), '')::uuid and "api_tokens"."revoked_at" is null);--> statement-breakpoint
ALTER POLICY "memberships_tenant_isolation" ON "memberships" TO "app_user" USING ("memberships"."organization_id" = nullif(current_setting('app.current_org', true), '')::uuid) WITH CHECK ("memberships"."organization_id" = nullif(current_setting('app.current_org', true), '')::uuid);--> statement-breakpoint
ALTER POLICY "organizations_self" ON "organizations" TO "app_user" USING ("organizations"."id" = nullif(current_setting('app.current_org', true), '')::uuid);--> statement-breakpoint
ALTER POLICY "documents_tenant_isolation" ON "documents" TO "app_user" USING ("documents"."organization_id" = nullif(current_setting('app.current_org', true), '')::uuid) WITH CHECK ("documents"."organization_id" = nullif(current_setting('app.current_org', true), '')::uuid);--> statement-breakpoint
ALTER POLICY "projects_tenant_isolation" ON "projects" TO "app_user" USING ("projects"."organization_id" = nullif(current_setting('app.current_org', true), '')::uuid) WITH CHECK ("projects"."organization_id" = nullif(current_setting('app.current_org', true), '')::uuid);