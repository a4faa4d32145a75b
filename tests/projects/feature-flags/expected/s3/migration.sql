DROP POLICY "segments_admin" ON "segments";--> statement-breakpoint
ALTER TABLE "segments" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "flags" DROP COLUMN "stale_after_days";--> statement-breakpoint
ALTER TABLE "environments" ALTER COLUMN "updated_at" SET DATA TYPE timestamp(3) with time zone USING "updated_at"::timestamp(3) with time zone;--> statement-breakpoint
ALTER TABLE "flags" ALTER COLUMN "updated_at" SET DATA TYPE timestamp(3) with time zone USING "updated_at"::timestamp(3) with time zone;--> statement-breakpoint
ALTER TABLE "segments" ALTER COLUMN "updated_at" SET DATA TYPE timestamp(3) with time zone USING "updated_at"::timestamp(3) with time zone;--> statement-breakpoint
DROP INDEX "segments_conditions_gin";--> statement-breakpoint
CREATE INDEX "segments_conditions_gin" ON "segments" USING gin ("conditions" jsonb_path_ops);--> statement-breakpoint
ALTER TABLE "flags" DROP CONSTRAINT "flags_rollout_pct_range", ADD CONSTRAINT "flags_rollout_pct_range" CHECK ("rollout_pct" between 0 and 100);--> statement-breakpoint
ALTER POLICY "flags_admin_all" ON "flags" RENAME TO "flags_admin_write";--> statement-breakpoint
ALTER POLICY "flags_admin_write" ON "flags" TO "flags_admin" USING (true) WITH CHECK ("flags"."rollout_pct" <= 100);