import { bit, halfvec, pgTable, sparsevec, vector } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: vector({ dimensions: 3 }),
  b: halfvec({ dimensions: 16 }),
  c: sparsevec({ dimensions: 5 }),
  d: bit({ dimensions: 8 }),
});
