import { eq, sql } from "drizzle-orm";
import { check, index, integer, pgPolicy, pgTable, pgView, text } from "drizzle-orm/pg-core";

export const t = pgTable("t", { id: integer(), kind: text() }, (t) => [
  check("t_id_chk", sql`${t.id} > ${5}`),
  index("t_kind_idx").on(t.kind).where(sql`${t.kind} = ${"x'y"}`),
  pgPolicy("t_pol", { using: sql`${t.id} < ${100}` }),
]);
export const v = pgView("v").as((qb) => qb.select().from(t).where(eq(t.kind, "abc")));
