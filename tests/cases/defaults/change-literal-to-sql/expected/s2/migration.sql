ALTER TABLE "t" ALTER COLUMN "a" SET DEFAULT now();--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "b" SET DEFAULT floor(random() * 10);