ALTER TABLE "campaigns" ADD COLUMN "locales" char(2)[] DEFAULT '{en,nl}'::char(2)[];--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "flags" boolean[] DEFAULT '{t,f}'::boolean[];--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "ids" uuid[] DEFAULT '{00000000-0000-0000-0000-000000000001}'::uuid[];--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "docs" jsonb[] DEFAULT '{"{\"a\":1}"}'::jsonb[];--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "subject" SET DATA TYPE text USING "subject"::text;--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "preheader" SET DATA TYPE varchar(150) USING "preheader"::varchar(150);--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "status" SET DATA TYPE text USING "status"::text;--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "status" SET DEFAULT 'draft';--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "blocks" SET DATA TYPE json USING "blocks"::json;--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "blocks" SET DEFAULT '[]';--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "utm" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "headline" SET DEFAULT '{"text":"line1\nline2","tab":"a\tb"}';--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "metadata" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "segments" SET DATA TYPE text[] USING "segments"::text[];--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "segments" SET DEFAULT '{all}'::text[];--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "grid" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "path" SET DEFAULT 'C:\newsletters';--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "emoji" SET DATA TYPE char(8) USING "emoji"::char(8);--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "emoji" SET DEFAULT '🎉';