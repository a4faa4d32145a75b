import { index, integer, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", { a: integer() }, (t) => [index("t_a_idx").onOnly(t.a)]);
