DROP POLICY "gone_a" ON "gone";--> statement-breakpoint
DROP POLICY "gone_b" ON "gone";--> statement-breakpoint
DROP TABLE "gone";