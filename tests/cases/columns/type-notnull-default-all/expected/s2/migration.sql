ALTER TABLE "users" ALTER COLUMN "c" SET DATA TYPE text USING "c"::text;--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "c" SET DEFAULT 'z';--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "c" SET NOT NULL;