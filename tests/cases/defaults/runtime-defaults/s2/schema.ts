import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: text().$defaultFn(() => "x"),
  b: timestamp().$onUpdate(() => new Date()),
  c: integer().$default(() => 1).default(2),
});
