ALTER ROLE "treasurer" WITH CREATEROLE;--> statement-breakpoint
ALTER TABLE "mailing_preferences" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "campaigns" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER POLICY "donations_treasurer_update" ON "donations" RENAME TO "donations_finance_update";--> statement-breakpoint
ALTER POLICY "donors_staff_all" ON "donors" TO "fundraiser", "treasurer" USING (true);--> statement-breakpoint
DROP POLICY "donations_donor_read" ON "donations";--> statement-breakpoint
CREATE POLICY "donations_donor_read" ON "donations" AS PERMISSIVE FOR ALL TO "donor_portal" USING ("donations"."donor_id" = nullif(current_setting('app.donor_id', true), '')::uuid);--> statement-breakpoint
ALTER POLICY "donations_staff_insert" ON "donations" TO "fundraiser", "treasurer" WITH CHECK ("donations"."amount" > 0 and "donations"."currency" = 'GBP');