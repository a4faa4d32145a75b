CREATE TYPE "feeling" AS ENUM('a', 'b');--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "m" SET DATA TYPE "feeling" USING "m"::text::"feeling";--> statement-breakpoint
DROP TYPE "mood";