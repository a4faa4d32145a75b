CREATE TYPE "donation_method" AS ENUM('card', 'direct_debit', 'bank_transfer', 'cheque', 'cash');--> statement-breakpoint
CREATE ROLE "donor_portal";--> statement-breakpoint
CREATE ROLE "fundraiser";--> statement-breakpoint
CREATE ROLE "treasurer";--> statement-breakpoint
CREATE TABLE "donors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"email" varchar(255) NOT NULL UNIQUE,
	"full_name" text NOT NULL,
	"gift_aid" boolean DEFAULT false NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "donors" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "mailing_preferences" (
	"donor_id" uuid PRIMARY KEY,
	"newsletter" boolean DEFAULT true NOT NULL,
	"appeals" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"name" text NOT NULL,
	"goal" numeric(12,2),
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "campaigns" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "donations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"donor_id" uuid NOT NULL,
	"campaign_id" uuid,
	"amount" numeric(12,2) NOT NULL,
	"currency" char(3) DEFAULT 'GBP' NOT NULL,
	"method" "donation_method" NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "donations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "donations_donor_idx" ON "donations" ("donor_id","received_at");--> statement-breakpoint
ALTER TABLE "mailing_preferences" ADD CONSTRAINT "mailing_preferences_donor_id_donors_id_fkey" FOREIGN KEY ("donor_id") REFERENCES "donors"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "donations" ADD CONSTRAINT "donations_donor_id_donors_id_fkey" FOREIGN KEY ("donor_id") REFERENCES "donors"("id");--> statement-breakpoint
ALTER TABLE "donations" ADD CONSTRAINT "donations_campaign_id_campaigns_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id");--> statement-breakpoint
CREATE POLICY "donors_self_read" ON "donors" AS PERMISSIVE FOR SELECT TO "donor_portal" USING ("donors"."id" = nullif(current_setting('app.donor_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "donors_staff_all" ON "donors" AS PERMISSIVE FOR ALL TO "fundraiser" USING (true);--> statement-breakpoint
CREATE POLICY "donations_donor_read" ON "donations" AS PERMISSIVE FOR SELECT TO "donor_portal" USING ("donations"."donor_id" = nullif(current_setting('app.donor_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "donations_staff_insert" ON "donations" AS PERMISSIVE FOR INSERT TO "fundraiser", "treasurer" WITH CHECK ("donations"."amount" > 0);--> statement-breakpoint
CREATE POLICY "donations_treasurer_update" ON "donations" AS PERMISSIVE FOR UPDATE TO "treasurer" USING (true) WITH CHECK ("donations"."amount" > 0);