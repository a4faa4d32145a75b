ALTER TABLE "t" ALTER COLUMN "a" SET DATA TYPE time(3) with time zone USING "a"::time(3) with time zone;--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "b" SET DATA TYPE time USING "b"::time;