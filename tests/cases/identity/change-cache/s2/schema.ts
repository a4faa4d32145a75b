import { bigint, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: bigint({ mode: "number" }).generatedAlwaysAsIdentity({ cache: 100 }),
});
