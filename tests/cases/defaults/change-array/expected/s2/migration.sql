ALTER TABLE "t" ALTER COLUMN "a" SET DEFAULT '{a,b}'::text[];--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "b" SET DEFAULT '{}'::integer[];--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "c" SET DEFAULT '{7}'::integer[];