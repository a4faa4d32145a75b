ALTER TABLE "notes" DROP CONSTRAINT "notes_pkey";--> statement-breakpoint
ALTER TABLE "notes" ALTER COLUMN "id" DROP NOT NULL;