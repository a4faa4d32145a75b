ALTER TABLE "t" ADD COLUMN "n1" text;--> statement-breakpoint
ALTER TABLE "t" ADD COLUMN "n2" text;--> statement-breakpoint
ALTER TABLE "t" DROP COLUMN "c1";--> statement-breakpoint
ALTER TABLE "t" DROP COLUMN "c2";