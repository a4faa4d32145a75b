import { date, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: date(),
  b: date({ mode: "date" }),
  c: date({ mode: "string" }),
  d: date().array(),
});
