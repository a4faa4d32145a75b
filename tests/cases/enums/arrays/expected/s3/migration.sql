ALTER TABLE "t" ALTER COLUMN "one" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "two" SET DATA TYPE "mood" USING "two"::text::"mood";