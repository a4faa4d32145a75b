import { inet, macaddr, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: inet(),
  b: macaddr(),
  c: inet(),
});
