import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgRole, pgTable } from "drizzle-orm/pg-core";

export const anon = pgRole("anon").existing();
export const svc = pgRole("service", { createDb: true }).existing();
export const items = pgTable("items", { id: integer() }, () => [pgPolicy("items_anon", { to: [anon, svc], for: "select", using: sql`true` })]);
