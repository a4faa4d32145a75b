import { integer, pgTable, smallint } from "drizzle-orm/pg-core";

export const t = pgTable("users", {
  id: integer(),
  c: smallint(),
});
