import { bigint, integer, pgTable, smallint } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: integer().generatedAlwaysAsIdentity(),
  b: smallint().generatedAlwaysAsIdentity(),
  c: bigint({ mode: "number" }).generatedAlwaysAsIdentity(),
});
