import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgTable } from "drizzle-orm/pg-core";

export const a = pgTable("a", { id: integer() }).enableRLS();
export const b = pgTable("b", { id: integer() }, () => [pgPolicy("b_p", { using: sql`true` })]);
