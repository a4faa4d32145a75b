import { pgTable, uuid } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  id: uuid().defaultRandom().primaryKey(),
  other: uuid().defaultRandom().notNull(),
});
