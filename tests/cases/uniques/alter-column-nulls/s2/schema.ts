import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: integer(),
  b: text().unique(undefined, { nulls: "not distinct" }),
});
