ALTER TABLE "t" ALTER COLUMN "a" SET DATA TYPE cidr USING "a"::cidr;--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "b" SET DATA TYPE macaddr8 USING "b"::macaddr8;--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "c" SET DATA TYPE text USING "c"::text;