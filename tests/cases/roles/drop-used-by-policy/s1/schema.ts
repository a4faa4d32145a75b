import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgRole, pgTable } from "drizzle-orm/pg-core";

export const temp = pgRole("temp_role");
export const t = pgTable("t", { id: integer() }, () => [pgPolicy("t_temp", { to: temp, using: sql`true` })]);
