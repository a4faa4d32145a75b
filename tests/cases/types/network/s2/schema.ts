import { cidr, inet, macaddr, macaddr8, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: inet(),
  b: cidr(),
  c: macaddr(),
  d: macaddr8(),
  e: inet().array(),
});
