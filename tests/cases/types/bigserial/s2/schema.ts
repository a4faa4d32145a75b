import { bigserial, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  id: bigserial({ mode: "number" }).primaryKey(),
  b: bigserial({ mode: "bigint" }),
});
