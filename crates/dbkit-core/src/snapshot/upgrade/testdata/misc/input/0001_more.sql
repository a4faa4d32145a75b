ALTER TABLE "numbers" ALTER COLUMN "ratio" SET DEFAULT 2.5;--> statement-breakpoint
ALTER TABLE "numbers" ALTER COLUMN "flag" SET DEFAULT true;--> statement-breakpoint
ALTER TABLE "numbers" ADD COLUMN "extra" text DEFAULT '' NOT NULL;