ALTER TABLE "y" ADD COLUMN "id" integer;--> statement-breakpoint
ALTER TABLE "x" ADD COLUMN "name" text;--> statement-breakpoint
ALTER TABLE "y" DROP COLUMN "name";--> statement-breakpoint
ALTER TABLE "x" DROP COLUMN "id";