import { integer, jsonb, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("users", {
  id: integer(),
  c: jsonb(),
});
