ALTER TABLE "collections"."objects" DROP CONSTRAINT "objects_accession_number_key";--> statement-breakpoint
DROP INDEX "collections"."objects_status_idx";--> statement-breakpoint
CREATE INDEX "objects_status_idx" ON "collections"."objects" ("status","acquired_on");--> statement-breakpoint
DROP INDEX "collections"."objects_artist_idx";--> statement-breakpoint
CREATE INDEX "objects_artist_idx" ON "collections"."objects" ("artist_id") WHERE "status" = 'on_display';--> statement-breakpoint
DROP INDEX "collections"."objects_title_idx";--> statement-breakpoint
CREATE INDEX "objects_title_idx" ON "collections"."objects" USING hash ("title");--> statement-breakpoint
CREATE UNIQUE INDEX "objects_accession_number_key" ON "collections"."objects" (upper("accession_number"));--> statement-breakpoint
ALTER TABLE "collections"."objects" DROP CONSTRAINT "objects_years_check", ADD CONSTRAINT "objects_years_check" CHECK ("year_from" is null or "year_to" is null or "year_from" <= "year_to");