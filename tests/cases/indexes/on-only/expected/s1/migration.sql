CREATE TABLE "parts" (
	"id" integer,
	"region" integer
);
--> statement-breakpoint
CREATE INDEX "parts_region_only" ON "parts" ("region");