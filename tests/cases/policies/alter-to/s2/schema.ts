import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgRole, pgTable } from "drizzle-orm/pg-core";

export const staff = pgRole("staff");
export const docs = pgTable("docs", { id: integer() }, () => [pgPolicy("docs_p", { to: staff, using: sql`true` })]);
