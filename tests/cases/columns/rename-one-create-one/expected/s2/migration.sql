ALTER TABLE "users" RENAME COLUMN "old_col" TO "second_new";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "first_new" text;