ALTER TABLE "users" ADD COLUMN "c" integer;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "d" text;--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "b";