import { bigint, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: bigint({ mode: "bigint" }).generatedAlwaysAsIdentity({ startWith: "5", minValue: "5", maxValue: "9223372036854775806" }),
});
