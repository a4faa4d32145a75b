import { sql } from "drizzle-orm";
import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

export const jobs = pgTable("jobs", {
  id: integer(),
  state: text(),
  prio: integer(),
}, (t) => [
  index("jobs_a").on(t.state).where(sql`${t.prio} > 5`),
  index("jobs_b").on(t.prio).where(sql`${t.state} is not null`),
  index("jobs_c").on(t.id),
]);
