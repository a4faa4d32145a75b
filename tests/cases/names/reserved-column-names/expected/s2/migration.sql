ALTER TABLE "t" ADD COLUMN "select" text;--> statement-breakpoint
ALTER TABLE "t" ADD COLUMN "from" text;--> statement-breakpoint
ALTER TABLE "t" ADD COLUMN "group" integer;--> statement-breakpoint
ALTER TABLE "t" ADD COLUMN "order" integer;--> statement-breakpoint
ALTER TABLE "t" ADD COLUMN "user" text;--> statement-breakpoint
ALTER TABLE "t" ADD COLUMN "default" text;