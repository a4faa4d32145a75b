ALTER TABLE "t" ALTER COLUMN "m" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "m" DROP DEFAULT;--> statement-breakpoint
DROP TYPE "mood";--> statement-breakpoint
CREATE TYPE "mood" AS ENUM('sad', 'ok', 'happy');--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "m" SET DATA TYPE "mood" USING "m"::"mood";--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "m" SET DEFAULT 'ok'::"mood";