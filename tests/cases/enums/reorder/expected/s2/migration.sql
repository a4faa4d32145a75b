ALTER TABLE "t" ALTER COLUMN "m" SET DATA TYPE text;--> statement-breakpoint
DROP TYPE "mood";--> statement-breakpoint
CREATE TYPE "mood" AS ENUM('c', 'b', 'a');--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "m" SET DATA TYPE "mood" USING "m"::"mood";