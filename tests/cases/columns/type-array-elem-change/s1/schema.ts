import { integer, pgTable, varchar } from "drizzle-orm/pg-core";

export const t = pgTable("users", {
  id: integer(),
  c: varchar({ length: 10 }).array(),
});
