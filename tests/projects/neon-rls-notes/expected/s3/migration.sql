ALTER TABLE "paragraphs" ADD COLUMN "position" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "paragraphs" ALTER COLUMN "note_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "paragraphs" DROP CONSTRAINT "paragraphs_note_id_notes_id_fkey", ADD CONSTRAINT "paragraphs_note_id_notes_id_fkey" FOREIGN KEY ("note_id") REFERENCES "notes"("id") ON DELETE CASCADE;