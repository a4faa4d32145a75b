ALTER TABLE "users" DROP COLUMN "a";--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "c";