ALTER TABLE "t" RENAME COLUMN "c1" TO "n1";--> statement-breakpoint
ALTER TABLE "t" ADD COLUMN "n2" text;--> statement-breakpoint
ALTER TABLE "t" DROP COLUMN "c2";