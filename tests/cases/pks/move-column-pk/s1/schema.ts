import { integer, pgTable, uuid } from "drizzle-orm/pg-core";

export const docs = pgTable("docs", {
  id: integer().primaryKey(),
  uid: uuid().notNull(),
});
