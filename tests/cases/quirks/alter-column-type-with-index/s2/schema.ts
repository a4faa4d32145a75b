import { sql } from "drizzle-orm";
import { bigint, check, index, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", { a: bigint({ mode: "number" }).unique() }, (t) => [index("t_a_idx").on(t.a), check("t_a_chk", sql`${t.a} > 0`)]);
