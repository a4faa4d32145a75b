ALTER TABLE "right_t" ADD COLUMN "l" integer;--> statement-breakpoint
ALTER TABLE "left_t" ADD COLUMN "r" text;--> statement-breakpoint
ALTER TABLE "right_t" DROP COLUMN "r";--> statement-breakpoint
ALTER TABLE "left_t" DROP COLUMN "l";