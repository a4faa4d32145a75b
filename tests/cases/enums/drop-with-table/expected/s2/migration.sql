DROP TABLE "t";--> statement-breakpoint
DROP TYPE "mood";