CREATE ROLE "flags_auditor";--> statement-breakpoint
ALTER ROLE "flags_admin" WITH CREATEROLE;--> statement-breakpoint
ALTER TABLE "flags" ADD COLUMN "stale_after_days" integer;--> statement-breakpoint
ALTER TABLE "flags" ALTER COLUMN "rollout_pct" SET DATA TYPE numeric(5,2) USING "rollout_pct"::numeric(5,2);--> statement-breakpoint
ALTER TABLE "flags" ALTER COLUMN "rollout_pct" SET DEFAULT '0';--> statement-breakpoint
CREATE POLICY "flags_no_delete" ON "flags" AS RESTRICTIVE FOR DELETE TO public USING (not "flags"."enabled");--> statement-breakpoint
ALTER POLICY "flags_read" ON "flags" TO "flags_auditor", "flags_reader", "sdk_client" USING ("flags"."enabled" or current_user = 'flags_auditor');