import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const users = pgTable("users", {
  id: integer(),
  a: text().unique("users_a_nnd", { nulls: "not distinct" }),
  b: text().unique("users_b_d", { nulls: "distinct" }),
  c: text().unique(undefined, { nulls: "not distinct" }),
});
