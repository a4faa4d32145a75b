import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgRole, pgTable } from "drizzle-orm/pg-core";

export const r = pgRole("new_role");
export const t = pgTable("t", { id: integer() }, () => [pgPolicy("t_p", { to: r, using: sql`true` })]);
