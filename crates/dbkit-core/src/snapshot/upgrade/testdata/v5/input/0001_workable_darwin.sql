ALTER TYPE "status" ADD VALUE 'shipped';--> statement-breakpoint
ALTER TABLE "customers" ALTER COLUMN "vip" SET DEFAULT true;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "phone" text;