import { index, integer, pgTable } from "drizzle-orm/pg-core";

export const nums = pgTable("nums", {
  a: integer(),
  b: integer(),
}, (t) => [
  index("nums_a").on(t.a).with({ fillfactor: 50 }),
  index("nums_b").on(t.b),
]);
