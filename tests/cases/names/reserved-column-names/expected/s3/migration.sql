ALTER TABLE "t" DROP COLUMN "from";--> statement-breakpoint
ALTER TABLE "t" DROP COLUMN "group";--> statement-breakpoint
ALTER TABLE "t" DROP COLUMN "order";--> statement-breakpoint
ALTER TABLE "t" DROP COLUMN "user";--> statement-breakpoint
ALTER TABLE "t" DROP COLUMN "default";