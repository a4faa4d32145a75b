ALTER TABLE "t" ALTER COLUMN "m" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "ms" SET DATA TYPE text[];--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "ms" DROP DEFAULT;--> statement-breakpoint
DROP TYPE "mood";--> statement-breakpoint
CREATE TYPE "mood" AS ENUM('a', 'b');--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "m" SET DATA TYPE "mood" USING "m"::"mood";--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "ms" SET DATA TYPE "mood"[] USING "ms"::"mood"[];--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "ms" SET DEFAULT '{a}'::"mood"[];