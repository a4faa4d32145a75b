import { index, integer, pgEnum, pgTable, serial, smallint, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./users";

export const difficulty = pgEnum("difficulty", ["easy", "medium", "hard"]);

export const recipes = pgTable(
  "recipes",
  {
    id: serial("id").primaryKey(),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    servings: smallint("servings").notNull().default(2),
    prepMinutes: integer("prep_minutes"),
    difficulty: difficulty("difficulty").notNull().default("easy"),
    instructions: text("instructions").notNull(),
    publishedAt: timestamp("published_at"),
  },
  (t) => [index("recipes_author_idx").on(t.authorId)],
);
