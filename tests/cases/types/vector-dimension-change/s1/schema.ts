import { bit, pgTable, vector } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: vector({ dimensions: 3 }),
  b: bit({ dimensions: 8 }),
});
