ALTER TABLE "inv"."items" ADD COLUMN "qty" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "inv"."items" DROP COLUMN "old";