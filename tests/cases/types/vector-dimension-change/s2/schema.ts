import { bit, pgTable, vector } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: vector({ dimensions: 4 }),
  b: bit({ dimensions: 16 }),
});
