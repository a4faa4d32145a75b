import { bigint, integer, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("users", {
  id: integer(),
  c: bigint({ mode: "bigint" }),
});
