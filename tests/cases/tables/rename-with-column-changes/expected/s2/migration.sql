ALTER TABLE "posts" RENAME TO "articles";--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "slug" varchar(80);--> statement-breakpoint
ALTER TABLE "articles" DROP COLUMN "legacy";--> statement-breakpoint
ALTER TABLE "articles" ALTER COLUMN "title" SET NOT NULL;