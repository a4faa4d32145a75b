import { pgTable, smallserial } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  id: smallserial().primaryKey(),
  b: smallserial(),
});
