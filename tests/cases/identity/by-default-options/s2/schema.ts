import { bigint, integer, pgTable, smallint } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: integer().generatedByDefaultAsIdentity({ startWith: 100 }),
  b: bigint({ mode: "number" }).generatedByDefaultAsIdentity({ increment: 2 }),
  c: integer().generatedByDefaultAsIdentity({ increment: -1 }),
  d: smallint().generatedByDefaultAsIdentity({ maxValue: 1000, cache: 5 }),
});
