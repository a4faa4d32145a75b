import { bytea, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: bytea(),
  b: bytea().notNull(),
});
