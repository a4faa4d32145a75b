import { jsonb, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: jsonb().default({}),
});
