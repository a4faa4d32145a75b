DROP VIEW "collections"."objects_on_display";--> statement-breakpoint
ALTER TABLE "collections"."artists" RENAME COLUMN "name" TO "display_name";--> statement-breakpoint
ALTER TABLE "collections"."objects" ADD COLUMN "depth_cm" numeric(8,1);--> statement-breakpoint
ALTER TABLE "collections"."objects" DROP COLUMN "area_cm2";--> statement-breakpoint
ALTER TABLE "collections"."objects" ADD COLUMN "area_cm2" numeric GENERATED ALWAYS AS (round("collections"."objects"."height_cm" * "collections"."objects"."width_cm", 1)) STORED;--> statement-breakpoint
ALTER TABLE "collections"."objects" ALTER COLUMN "height_cm" SET DATA TYPE numeric(8,1) USING "height_cm"::numeric(8,1);--> statement-breakpoint
ALTER TABLE "collections"."objects" ALTER COLUMN "width_cm" SET DATA TYPE numeric(8,1) USING "width_cm"::numeric(8,1);--> statement-breakpoint
CREATE VIEW "collections"."objects_on_display" AS (select "collections"."objects"."id", "collections"."objects"."accession_number", "collections"."objects"."title", "collections"."artists"."display_name", "collections"."objects"."depth_cm", "collections"."objects"."height_cm" from "collections"."objects" left join "collections"."artists" on "collections"."objects"."artist_id" = "collections"."artists"."id" where "collections"."objects"."status" = 'on_display');