ALTER TABLE "users" RENAME COLUMN "a" TO "aa";--> statement-breakpoint
ALTER TABLE "users" RENAME COLUMN "b" TO "bb";