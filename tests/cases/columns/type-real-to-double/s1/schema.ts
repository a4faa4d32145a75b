import { integer, pgTable, real } from "drizzle-orm/pg-core";

export const t = pgTable("users", {
  id: integer(),
  c: real(),
});
