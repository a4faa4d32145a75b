import { doublePrecision, pgTable, real } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: real().default(NaN),
  b: doublePrecision().default(Infinity),
  c: doublePrecision().default(-Infinity),
});
