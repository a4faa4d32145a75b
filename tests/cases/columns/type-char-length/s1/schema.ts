import { char, integer, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("users", {
  id: integer(),
  c: char({ length: 2 }),
});
