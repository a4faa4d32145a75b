ALTER TABLE "users" RENAME COLUMN "cnt" TO "total";--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "total" SET DATA TYPE bigint USING "total"::bigint;--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "total" SET NOT NULL;