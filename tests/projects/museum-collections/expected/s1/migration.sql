CREATE SCHEMA "collections";
--> statement-breakpoint
CREATE TYPE "collections"."object_status" AS ENUM('on_display', 'in_storage', 'on_loan', 'deaccessioned');--> statement-breakpoint
CREATE TABLE "collections"."exhibition_objects" (
	"exhibition_id" integer,
	"object_id" integer,
	"display_order" smallint,
	CONSTRAINT "exhibition_objects_pkey" PRIMARY KEY("exhibition_id","object_id")
);
--> statement-breakpoint
CREATE TABLE "collections"."exhibitions" (
	"id" serial PRIMARY KEY,
	"title" text NOT NULL,
	"gallery" text,
	"opens_on" date NOT NULL,
	"closes_on" date
);
--> statement-breakpoint
CREATE TABLE "collections"."artists" (
	"id" serial PRIMARY KEY,
	"name" text NOT NULL,
	"birth_year" integer,
	"death_year" integer,
	"nationality" varchar(60)
);
--> statement-breakpoint
CREATE TABLE "collections"."objects" (
	"id" serial PRIMARY KEY,
	"accession_number" varchar(32) NOT NULL CONSTRAINT "objects_accession_number_key" UNIQUE,
	"title" varchar(300) NOT NULL,
	"artist_id" integer,
	"status" "collections"."object_status" DEFAULT 'in_storage'::"collections"."object_status" NOT NULL,
	"acquired_on" date,
	"year_from" integer,
	"year_to" integer,
	"height_cm" numeric(7,2),
	"width_cm" numeric(7,2),
	"area_cm2" numeric GENERATED ALWAYS AS (height_cm * width_cm) STORED,
	"insurance_value" numeric(14,2),
	"currency" varchar(3) DEFAULT 'EUR' NOT NULL,
	"provenance" text,
	CONSTRAINT "objects_years_check" CHECK ("year_from" <= "year_to")
);
--> statement-breakpoint
CREATE INDEX "objects_status_idx" ON "collections"."objects" ("status");--> statement-breakpoint
CREATE INDEX "objects_artist_idx" ON "collections"."objects" ("artist_id") WHERE "status" <> 'deaccessioned';--> statement-breakpoint
CREATE INDEX "objects_title_idx" ON "collections"."objects" ("title");--> statement-breakpoint
ALTER TABLE "collections"."exhibition_objects" ADD CONSTRAINT "exhibition_objects_exhibition_id_exhibitions_id_fkey" FOREIGN KEY ("exhibition_id") REFERENCES "collections"."exhibitions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "collections"."exhibition_objects" ADD CONSTRAINT "exhibition_objects_object_id_objects_id_fkey" FOREIGN KEY ("object_id") REFERENCES "collections"."objects"("id");--> statement-breakpoint
ALTER TABLE "collections"."objects" ADD CONSTRAINT "objects_artist_id_artists_id_fkey" FOREIGN KEY ("artist_id") REFERENCES "collections"."artists"("id");--> statement-breakpoint
CREATE VIEW "collections"."objects_on_display" AS (select "collections"."objects"."id", "collections"."objects"."accession_number", "collections"."objects"."title", "collections"."artists"."name", "collections"."objects"."height_cm" from "collections"."objects" left join "collections"."artists" on "collections"."objects"."artist_id" = "collections"."artists"."id" where "collections"."objects"."status" = 'on_display');--> statement-breakpoint
CREATE VIEW "public_catalogue" AS (select id, title from "collections"."objects" where status <> 'deaccessioned');