DROP TABLE "user accounts";--> statement-breakpoint
DROP TABLE "my"table";--> statement-breakpoint
DROP TABLE "user";--> statement-breakpoint
ALTER TABLE "order" ADD COLUMN "user" text;--> statement-breakpoint
ALTER TABLE "select" DROP COLUMN "where";