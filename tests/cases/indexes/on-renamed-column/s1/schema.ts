import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

export const users = pgTable("users", {
  id: integer(),
  name: text(),
}, (t) => [index().on(t.name), index("users_name_explicit").on(t.name, t.id)]);
