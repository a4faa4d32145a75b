import { sql } from "drizzle-orm";
import { check, integer, pgTable, unique } from "drizzle-orm/pg-core";

export const t = pgTable("t", { a: integer() }, (t) => [unique("t_rule").on(t.a), check("t_rule", sql`${t.a} > 0`)]);
