CREATE TABLE "batches" (
	"id" bigserial PRIMARY KEY,
	"recipe_id" integer,
	"lot_number" bigint DEFAULT 1000000000000 NOT NULL,
	"serial_no" bigint DEFAULT 9007199254740993,
	"volume_liters" numeric(10,3),
	"ph" real DEFAULT 5.4,
	"tank_pressure" double precision DEFAULT -0.25,
	"fermenter_no" smallint NOT NULL,
	"seq" serial
);
--> statement-breakpoint
CREATE TABLE "gravity_readings" (
	"id" bigserial PRIMARY KEY,
	"batch_id" bigint NOT NULL,
	"gravity" numeric(5,4) NOT NULL,
	"temp_c" double precision DEFAULT 0.001,
	"delta_max" bigint DEFAULT 9007199254740991,
	"minutes_since_open" integer DEFAULT 0
);
--> statement-breakpoint
CREATE TABLE "ingredients" (
	"id" bigserial PRIMARY KEY,
	"recipe_id" integer NOT NULL,
	"kind" text NOT NULL,
	"grams" numeric NOT NULL,
	"alpha_acid" numeric(4,1),
	"addition_minute" smallint DEFAULT -1
);
--> statement-breakpoint
CREATE TABLE "recipes" (
	"id" serial PRIMARY KEY,
	"style_id" smallint,
	"name" text NOT NULL,
	"batch_liters" numeric(7,2) DEFAULT '20.5' NOT NULL,
	"original_gravity" numeric(5,4) DEFAULT '1.0500',
	"final_gravity" numeric(5,4),
	"efficiency" double precision DEFAULT 0.72,
	"mash_temp_c" real DEFAULT 66.5,
	"boil_minutes" integer DEFAULT 60 NOT NULL,
	"cooling_delta" integer DEFAULT -15,
	"cost_cents" bigint DEFAULT 0
);
--> statement-breakpoint
CREATE TABLE "styles" (
	"id" smallserial PRIMARY KEY,
	"code" text NOT NULL UNIQUE,
	"min_abv" numeric(4,2) DEFAULT '3.50' NOT NULL,
	"max_abv" numeric(4,2) DEFAULT '12' NOT NULL,
	"min_ibu" smallint DEFAULT 0,
	"max_ibu" smallint DEFAULT 120,
	"srm_low" real DEFAULT 2.5,
	"srm_high" real DEFAULT 40
);
--> statement-breakpoint
ALTER TABLE "batches" ADD CONSTRAINT "batches_recipe_id_recipes_id_fkey" FOREIGN KEY ("recipe_id") REFERENCES "recipes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;--> statement-breakpoint
ALTER TABLE "gravity_readings" ADD CONSTRAINT "gravity_readings_batch_id_batches_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "batches"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ingredients" ADD CONSTRAINT "ingredients_recipe_id_recipes_id_fkey" FOREIGN KEY ("recipe_id") REFERENCES "recipes"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "recipes" ADD CONSTRAINT "recipes_style_id_styles_id_fkey" FOREIGN KEY ("style_id") REFERENCES "styles"("id");