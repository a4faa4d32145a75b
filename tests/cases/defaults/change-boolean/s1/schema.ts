import { boolean, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: boolean().default(true),
});
