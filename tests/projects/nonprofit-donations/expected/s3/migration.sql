ALTER ROLE "donor_portal" RENAME TO "supporter_portal";--> statement-breakpoint
ALTER TABLE "campaigns" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "donors_hide_anonymous" ON "donors" AS RESTRICTIVE FOR SELECT TO public USING (not "donors"."anonymous" or "donors"."id" = nullif(current_setting('app.donor_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "campaigns_public_read" ON "campaigns" AS PERMISSIVE FOR SELECT TO public USING ("campaigns"."starts_at" <= now());