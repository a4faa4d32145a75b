ALTER TABLE "cars" DROP COLUMN "color";--> statement-breakpoint
DROP TYPE "color";