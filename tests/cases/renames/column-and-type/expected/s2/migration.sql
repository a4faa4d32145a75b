ALTER TABLE "items" RENAME COLUMN "qty" TO "quantity";--> statement-breakpoint
ALTER TABLE "items" RENAME COLUMN "label" TO "title";--> statement-breakpoint
ALTER TABLE "items" ALTER COLUMN "quantity" SET DATA TYPE bigint USING "quantity"::bigint;--> statement-breakpoint
ALTER TABLE "items" ALTER COLUMN "quantity" SET DEFAULT 0;--> statement-breakpoint
ALTER TABLE "items" ALTER COLUMN "quantity" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "items" ALTER COLUMN "title" SET DATA TYPE text USING "title"::text;