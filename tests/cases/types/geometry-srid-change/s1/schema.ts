import { geometry, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: geometry(),
});
