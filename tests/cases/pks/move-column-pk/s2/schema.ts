import { integer, pgTable, uuid } from "drizzle-orm/pg-core";

export const docs = pgTable("docs", {
  id: integer().notNull(),
  uid: uuid().primaryKey(),
});
