ALTER TABLE "users" ALTER COLUMN "m" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "m" SET DATA TYPE "mood" USING "m"::"mood";--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "m" SET DEFAULT 'ok'::"mood";