import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

export const users = pgTable("users", {
  id: integer(),
  fullName: text("full_name"),
}, (t) => [index().on(t.fullName), index("users_name_explicit").on(t.fullName, t.id)]);
