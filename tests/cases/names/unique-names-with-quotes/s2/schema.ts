import { index, pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("Users Table", {
  "E-mail": text().unique(),
  "Nick Name": text(),
}, (t) => [index().on(t["Nick Name"])]);
