import { interval, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: interval(),
});
