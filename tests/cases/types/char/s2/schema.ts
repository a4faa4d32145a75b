import { char, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: char(),
  b: char({ length: 5 }),
  c: char({ length: 2 }).array(),
});
