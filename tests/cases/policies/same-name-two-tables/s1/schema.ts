import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgTable } from "drizzle-orm/pg-core";

export const a = pgTable("a", { id: integer() }, () => [pgPolicy("read_all", { for: "select", using: sql`true` })]);
export const b = pgTable("b", { id: integer() }, () => [pgPolicy("read_all", { for: "select", using: sql`true` })]);
