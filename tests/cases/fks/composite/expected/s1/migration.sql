CREATE TABLE "regions" (
	"country" text,
	"code" integer,
	"name" text,
	CONSTRAINT "regions_pkey" PRIMARY KEY("country","code")
);
--> statement-breakpoint
CREATE TABLE "stores" (
	"id" integer PRIMARY KEY,
	"country" text,
	"region_code" integer,
	"alt_country" text,
	"alt_code" integer
);
--> statement-breakpoint
ALTER TABLE "stores" ADD CONSTRAINT "stores_country_region_code_regions_country_code_fkey" FOREIGN KEY ("country","region_code") REFERENCES "regions"("country","code");--> statement-breakpoint
ALTER TABLE "stores" ADD CONSTRAINT "stores_alt_region_fk" FOREIGN KEY ("alt_country","alt_code") REFERENCES "regions"("country","code") ON DELETE CASCADE;