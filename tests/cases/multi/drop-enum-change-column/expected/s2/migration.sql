ALTER TABLE "cars" ALTER COLUMN "color" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "cars" ALTER COLUMN "color" SET DATA TYPE text USING "color"::text;--> statement-breakpoint
ALTER TABLE "cars" ALTER COLUMN "color" SET DEFAULT 'red';--> statement-breakpoint
DROP TYPE "color";