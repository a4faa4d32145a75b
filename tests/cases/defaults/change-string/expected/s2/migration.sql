ALTER TABLE "t" ALTER COLUMN "a" SET DEFAULT 'b';--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "b" SET DEFAULT 'it''''s';