ALTER TABLE "other"."t" ALTER COLUMN "m" SET DATA TYPE text;--> statement-breakpoint
DROP TYPE "app"."mood";--> statement-breakpoint
CREATE TYPE "app"."mood" AS ENUM('a', 'c');--> statement-breakpoint
ALTER TABLE "other"."t" ALTER COLUMN "m" SET DATA TYPE "app"."mood" USING "m"::"app"."mood";