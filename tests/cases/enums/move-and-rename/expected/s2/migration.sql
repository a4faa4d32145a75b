ALTER TYPE "mood" SET SCHEMA "app";--> statement-breakpoint
ALTER TYPE "app"."mood" RENAME TO "feeling";