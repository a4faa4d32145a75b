import { integer, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: integer().generatedByDefaultAsIdentity({ startWith: 7, cache: 3, increment: 2 }),
});
