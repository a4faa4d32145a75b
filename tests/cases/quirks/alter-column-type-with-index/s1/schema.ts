import { sql } from "drizzle-orm";
import { check, index, integer, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", { a: integer().unique() }, (t) => [index("t_a_idx").on(t.a), check("t_a_chk", sql`${t.a} > 0`)]);
