import { sql } from "drizzle-orm";
import { integer, pgSchema, pgTable } from "drizzle-orm/pg-core";

export const rep = pgSchema("reporting");
export const t = pgTable("t", { id: integer() });
export const v = rep.view("v", { id: integer() }).as(sql`select id from t`);
