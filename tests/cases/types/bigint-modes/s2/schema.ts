import { bigint, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: bigint({ mode: "number" }),
  b: bigint({ mode: "bigint" }),
  c: bigint({ mode: "string" }),
  d: bigint({ mode: "bigint" }).array(),
});
