import { sql } from "drizzle-orm";
import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

export const jobs = pgTable("jobs", {
  id: integer(),
  state: text(),
  prio: integer(),
}, (t) => [
  index("jobs_a").on(t.state).where(sql`${t.prio} > 0`),
  index("jobs_b").on(t.prio),
  index("jobs_c").on(t.id).where(sql`${t.state} = 'new'`),
]);
