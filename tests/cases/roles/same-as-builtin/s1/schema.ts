import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgRole, pgTable } from "drizzle-orm/pg-core";

export const pub = pgRole("public").existing();
export const t = pgTable("t", { id: integer() }, () => [pgPolicy("t_pub", { to: pub, using: sql`true` })]);
