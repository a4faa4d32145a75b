ALTER TABLE "people" RENAME TO "persons";--> statement-breakpoint
ALTER TABLE "persons" RENAME COLUMN "fname" TO "first_name";