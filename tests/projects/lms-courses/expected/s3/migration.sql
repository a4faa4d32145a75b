ALTER TABLE "lessons" RENAME COLUMN "duration_sec" TO "duration_seconds";--> statement-breakpoint
ALTER TABLE "courses" ADD COLUMN "price_cents" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "courses" DROP COLUMN "price";