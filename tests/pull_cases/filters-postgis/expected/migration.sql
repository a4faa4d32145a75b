-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE TABLE "places" (
	"id" serial PRIMARY KEY,
	"name" text,
	"srid" integer
);
--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_srid_fkey" FOREIGN KEY ("srid") REFERENCES "spatial_ref_sys"("srid");
*/