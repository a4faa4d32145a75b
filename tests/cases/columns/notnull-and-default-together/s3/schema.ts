import { integer, pgTable, varchar } from "drizzle-orm/pg-core";

export const t = pgTable("users", {
  id: integer(),
  v: varchar({ length: 10 }),
});
