DO $$ BEGIN
 CREATE TYPE "shop"."kind" AS ENUM('a', 'b');
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;
--> statement-breakpoint
ALTER TYPE "status" ADD VALUE 'shipped';--> statement-breakpoint
ALTER TABLE "customers" ALTER COLUMN "vip" SET DEFAULT true;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "shop"."orders" ADD COLUMN "kind" "shop"."kind";