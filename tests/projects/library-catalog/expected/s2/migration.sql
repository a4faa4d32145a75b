ALTER TABLE "members" RENAME TO "patrons";--> statement-breakpoint
ALTER TABLE "loans" RENAME COLUMN "member_id" TO "patron_id";--> statement-breakpoint
ALTER TABLE "loans" RENAME COLUMN "renewed_by" TO "renewed_by_patron_id";--> statement-breakpoint
ALTER TABLE "patrons" RENAME COLUMN "card_number" TO "library_card";--> statement-breakpoint
ALTER TABLE "patrons" RENAME COLUMN "full_name" TO "name";--> statement-breakpoint
ALTER INDEX "members_card_number_idx" RENAME TO "patrons_library_card_idx";--> statement-breakpoint
ALTER INDEX "members_email_idx" RENAME TO "patrons_email_idx";--> statement-breakpoint
ALTER INDEX "members_home_branch_idx" RENAME TO "patrons_home_branch_idx";--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_renewed_by_patron_id_patrons_id_fkey" FOREIGN KEY ("renewed_by_patron_id") REFERENCES "patrons"("id");