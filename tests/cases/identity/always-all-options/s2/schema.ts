import { integer, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: integer().generatedAlwaysAsIdentity({ name: "custom_seq", startWith: 10, increment: 5, minValue: 1, maxValue: 100000, cache: 20, cycle: true }),
});
