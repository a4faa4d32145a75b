import { integer, pgTable } from "drizzle-orm/pg-core";

export const players = pgTable("players", {
  id: integer().primaryKey(),
});
