ALTER TYPE "mood" RENAME TO "feeling";--> statement-breakpoint
ALTER TYPE "feeling" ADD VALUE 'great';--> statement-breakpoint
ALTER TABLE "audit"."log" RENAME TO "events";--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "nick";