import { integer, interval, numeric, pgTable, timestamp, uuid, varchar } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: integer().array("[][]"),
  b: numeric({ precision: 4, scale: 1 }).array("[][]"),
  c: timestamp({ precision: 2, withTimezone: true }).array("[][]"),
  d: varchar({ length: 8 }).array("[][]"),
  e: uuid().array("[][]"),
  f: interval({ fields: "minute" }).array(),
});
