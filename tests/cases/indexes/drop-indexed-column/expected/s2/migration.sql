DROP INDEX "users_nick";--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "nick";