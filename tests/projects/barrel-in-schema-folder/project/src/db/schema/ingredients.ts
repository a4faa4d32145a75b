import { integer, numeric, pgTable, primaryKey, serial, text } from "drizzle-orm/pg-core";
import { recipes } from "./recipes";

export const ingredients = pgTable("ingredients", {
  id: serial("id").primaryKey(),
  name: text("name").notNull().unique(),
});

export const recipeIngredients = pgTable(
  "recipe_ingredients",
  {
    recipeId: integer("recipe_id")
      .notNull()
      .references(() => recipes.id, { onDelete: "cascade" }),
    ingredientId: integer("ingredient_id")
      .notNull()
      .references(() => ingredients.id),
    quantity: numeric("quantity", { precision: 8, scale: 2 }),
    unit: text("unit"),
  },
  (t) => [primaryKey({ columns: [t.recipeId, t.ingredientId] })],
);
