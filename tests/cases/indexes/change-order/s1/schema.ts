import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

export const rank = pgTable("rank", {
  score: integer(),
  name: text(),
}, (t) => [
  index("rank_score").on(t.score),
  index("rank_name").on(t.name),
]);
