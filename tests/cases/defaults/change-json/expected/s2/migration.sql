ALTER TABLE "t" ALTER COLUMN "b" SET DEFAULT '{"x":[1,2]}';--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "c" SET DEFAULT '[]';