import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgTable } from "drizzle-orm/pg-core";

export const a = pgTable("a", { id: integer() }, () => [pgPolicy("a_p", { using: sql`true` })]).enableRLS();
export const b = pgTable("b", { id: integer() });
