ALTER TABLE "people" RENAME TO "persons";--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "first_name" text;--> statement-breakpoint
ALTER TABLE "persons" DROP COLUMN "fname";