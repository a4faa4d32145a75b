import { pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("users", {
  status: text().default("open"),
});
