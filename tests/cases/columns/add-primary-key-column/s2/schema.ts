import { pgTable, serial, text } from "drizzle-orm/pg-core";

export const t = pgTable("tags", {
  id: serial().primaryKey(),
  name: text(),
});
