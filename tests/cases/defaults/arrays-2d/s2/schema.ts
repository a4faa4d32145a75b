import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: integer().array("[][]").default([[1, 2], [3, 4]]),
  b: text().array("[][]").default([["a"], ["b"]]),
  c: integer().array("[][]").default([]),
});
