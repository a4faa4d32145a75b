ALTER TABLE "a" RENAME COLUMN "created" TO "created_at";--> statement-breakpoint
ALTER TABLE "b" RENAME COLUMN "created" TO "created_at";