ALTER TABLE "batches" ALTER COLUMN "lot_number" SET DEFAULT 9223372036854775807;--> statement-breakpoint
ALTER TABLE "batches" ALTER COLUMN "serial_no" SET DEFAULT -42;--> statement-breakpoint
ALTER TABLE "batches" ALTER COLUMN "volume_liters" SET DEFAULT '0.000';--> statement-breakpoint
ALTER TABLE "batches" ALTER COLUMN "ph" SET DATA TYPE numeric(3,2) USING "ph"::numeric(3,2);--> statement-breakpoint
ALTER TABLE "batches" ALTER COLUMN "ph" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "batches" ALTER COLUMN "tank_pressure" SET DEFAULT 15000000000;--> statement-breakpoint
ALTER TABLE "batches" ALTER COLUMN "seq" SET DATA TYPE smallint USING "seq"::smallint;--> statement-breakpoint
ALTER TABLE "gravity_readings" ALTER COLUMN "temp_c" SET DEFAULT 0.1;--> statement-breakpoint
ALTER TABLE "gravity_readings" ALTER COLUMN "delta_max" SET DEFAULT -9007199254740991;--> statement-breakpoint
ALTER TABLE "gravity_readings" ALTER COLUMN "minutes_since_open" SET DEFAULT 2147483647;--> statement-breakpoint
ALTER TABLE "ingredients" ALTER COLUMN "grams" SET DATA TYPE numeric(12,0) USING "grams"::numeric(12,0);--> statement-breakpoint
ALTER TABLE "ingredients" ALTER COLUMN "grams" SET DEFAULT '0';--> statement-breakpoint
ALTER TABLE "ingredients" ALTER COLUMN "alpha_acid" SET DEFAULT '4.5';--> statement-breakpoint
ALTER TABLE "recipes" ALTER COLUMN "batch_liters" SET DATA TYPE numeric(9,3) USING "batch_liters"::numeric(9,3);--> statement-breakpoint
ALTER TABLE "recipes" ALTER COLUMN "original_gravity" SET DEFAULT '1.0480';--> statement-breakpoint
ALTER TABLE "recipes" ALTER COLUMN "final_gravity" SET DATA TYPE numeric(6) USING "final_gravity"::numeric(6);--> statement-breakpoint
ALTER TABLE "recipes" ALTER COLUMN "efficiency" SET DEFAULT 0.75;--> statement-breakpoint
ALTER TABLE "recipes" ALTER COLUMN "mash_temp_c" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "recipes" ALTER COLUMN "boil_minutes" SET DATA TYPE smallint USING "boil_minutes"::smallint;--> statement-breakpoint
ALTER TABLE "recipes" ALTER COLUMN "boil_minutes" SET DEFAULT 90;--> statement-breakpoint
ALTER TABLE "recipes" ALTER COLUMN "cooling_delta" SET DEFAULT -20;--> statement-breakpoint
ALTER TABLE "recipes" ALTER COLUMN "cost_cents" SET DEFAULT -5;--> statement-breakpoint
ALTER TABLE "styles" ALTER COLUMN "min_abv" SET DATA TYPE numeric(5,2) USING "min_abv"::numeric(5,2);--> statement-breakpoint
ALTER TABLE "styles" ALTER COLUMN "min_abv" SET DEFAULT '3.5';--> statement-breakpoint
ALTER TABLE "styles" ALTER COLUMN "max_abv" SET DATA TYPE numeric(5,2) USING "max_abv"::numeric(5,2);--> statement-breakpoint
ALTER TABLE "styles" ALTER COLUMN "max_abv" SET DEFAULT '12.00';--> statement-breakpoint
ALTER TABLE "styles" ALTER COLUMN "min_ibu" SET DEFAULT 5;--> statement-breakpoint
ALTER TABLE "styles" ALTER COLUMN "max_ibu" SET DATA TYPE integer USING "max_ibu"::integer;--> statement-breakpoint
ALTER TABLE "styles" ALTER COLUMN "srm_low" SET DATA TYPE double precision USING "srm_low"::double precision;--> statement-breakpoint
ALTER TABLE "styles" ALTER COLUMN "srm_high" SET DEFAULT 40.75;--> statement-breakpoint
ALTER TABLE "batches" DROP CONSTRAINT "batches_recipe_id_recipes_id_fkey", ADD CONSTRAINT "batches_recipe_id_recipes_id_fkey" FOREIGN KEY ("recipe_id") REFERENCES "recipes"("id") ON DELETE SET NULL;