ALTER TABLE "users" ALTER COLUMN "c" SET DATA TYPE integer USING "c"::integer;--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "c" SET DEFAULT 2;