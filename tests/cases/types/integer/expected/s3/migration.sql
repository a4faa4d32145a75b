ALTER TABLE "t" DROP COLUMN "b";--> statement-breakpoint
ALTER TABLE "t" DROP COLUMN "c";--> statement-breakpoint
ALTER TABLE "t" DROP COLUMN "named_int";