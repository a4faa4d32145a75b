import { pgTable, uuid } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: uuid(),
  b: uuid().notNull(),
  c: uuid().array(),
});
