import { sql } from "drizzle-orm";
import { check, integer, pgTable, serial, smallint, text, timestamp, unique } from "drizzle-orm/pg-core";
import { recipes } from "./recipes";
import { users } from "./users";

export const reviews = pgTable(
  "reviews",
  {
    id: serial("id").primaryKey(),
    recipeId: integer("recipe_id")
      .notNull()
      .references(() => recipes.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    rating: smallint("rating").notNull(),
    body: text("body"),
    createdAt: timestamp("created_at").defaultNow().notNull(),
  },
  (t) => [
    unique("reviews_one_per_user").on(t.recipeId, t.userId),
    check("reviews_rating_range", sql`${t.rating} between 1 and 5`),
  ],
);
