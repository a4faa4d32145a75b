ALTER TABLE "listens" ADD COLUMN "completed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "shows" ADD COLUMN "language" varchar(8);--> statement-breakpoint
ALTER TABLE "episodes" ALTER COLUMN "published_at" SET DATA TYPE timestamp with time zone USING "published_at"::timestamp with time zone;--> statement-breakpoint
ALTER TABLE "shows" ALTER COLUMN "last_fetched_at" SET DATA TYPE timestamp with time zone USING "last_fetched_at"::timestamp with time zone;--> statement-breakpoint
DROP INDEX "episodes_show_published_idx";--> statement-breakpoint
CREATE INDEX "episodes_show_published_idx" ON "episodes" ("show_id","published_at" DESC NULLS LAST);