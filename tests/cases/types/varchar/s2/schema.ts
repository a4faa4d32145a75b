import { pgTable, varchar } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: varchar(),
  b: varchar({ length: 255 }),
  c: varchar({ length: 10, enum: ["on", "off"] }),
  d: varchar({ length: 1 }).array(),
});
