import { sql } from "drizzle-orm";
import { check, index, integer, pgPolicy, pgSchema } from "drizzle-orm/pg-core";

export const s = pgSchema("s");
export const t = s.table("t", { id: integer(), owner: integer() }, (t) => [
  check("t_owner_chk", sql`${t.owner} > 0`),
  index("t_owner_idx").on(t.owner).where(sql`${t.owner} > 0`),
  pgPolicy("t_owner_pol", { using: sql`${t.owner} > 0` }),
]);
