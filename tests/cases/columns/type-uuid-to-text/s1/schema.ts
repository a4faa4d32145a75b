import { integer, pgTable, uuid } from "drizzle-orm/pg-core";

export const t = pgTable("users", {
  id: integer(),
  c: uuid(),
});
