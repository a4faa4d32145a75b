import { sql } from "drizzle-orm";
import { check, integer, pgTable } from "drizzle-orm/pg-core";

export const a = pgTable("a", { n: integer() }, (t) => [check("n_positive", sql`${t.n} > 0`)]);
export const b = pgTable("b", { n: integer() }, (t) => [check("n_positive", sql`${t.n} > 0`)]);
