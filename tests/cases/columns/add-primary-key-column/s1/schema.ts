import { pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("tags", {
  name: text(),
});
