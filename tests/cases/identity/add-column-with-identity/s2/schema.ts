import { bigint, pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  x: text(),
  id: bigint({ mode: "number" }).generatedAlwaysAsIdentity({ startWith: 1000 }),
});
