import { pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: text(),
  b: text({ enum: ["x", "y"] }),
  c: text().array(),
});
