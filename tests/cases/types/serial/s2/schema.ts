import { pgTable, serial } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  id: serial().primaryKey(),
  b: serial(),
  c: serial().notNull(),
});
