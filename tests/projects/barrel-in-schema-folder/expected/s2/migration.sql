CREATE TYPE "difficulty" AS ENUM('easy', 'medium', 'hard');--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY,
	"handle" varchar(40) NOT NULL UNIQUE,
	"display_name" text NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recipes" (
	"id" serial PRIMARY KEY,
	"author_id" integer NOT NULL,
	"title" text NOT NULL,
	"servings" smallint DEFAULT 2 NOT NULL,
	"prep_minutes" integer,
	"difficulty" "difficulty" DEFAULT 'easy'::"difficulty" NOT NULL,
	"instructions" text NOT NULL,
	"published_at" timestamp
);
--> statement-breakpoint
CREATE TABLE "ingredients" (
	"id" serial PRIMARY KEY,
	"name" text NOT NULL UNIQUE
);
--> statement-breakpoint
CREATE TABLE "recipe_ingredients" (
	"recipe_id" integer,
	"ingredient_id" integer,
	"quantity" numeric(8,2),
	"unit" text,
	CONSTRAINT "recipe_ingredients_pkey" PRIMARY KEY("recipe_id","ingredient_id")
);
--> statement-breakpoint
CREATE INDEX "recipes_author_idx" ON "recipes" ("author_id");--> statement-breakpoint
ALTER TABLE "recipes" ADD CONSTRAINT "recipes_author_id_users_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "recipe_ingredients" ADD CONSTRAINT "recipe_ingredients_recipe_id_recipes_id_fkey" FOREIGN KEY ("recipe_id") REFERENCES "recipes"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "recipe_ingredients" ADD CONSTRAINT "recipe_ingredients_ingredient_id_ingredients_id_fkey" FOREIGN KEY ("ingredient_id") REFERENCES "ingredients"("id");