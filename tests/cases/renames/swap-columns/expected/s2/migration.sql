ALTER TABLE "t" ALTER COLUMN "a" SET DATA TYPE text USING "a"::text;--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "b" SET DATA TYPE integer USING "b"::integer;