import { doublePrecision, pgTable, real } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: real(),
  b: doublePrecision(),
  c: real().array(),
  d: doublePrecision().array("[][]"),
});
