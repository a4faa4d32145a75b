import { sql } from "drizzle-orm";
import { integer, pgSchema, pgTable, pgView } from "drizzle-orm/pg-core";

export const rep = pgSchema("reporting");
export const t = pgTable("t", { id: integer() });
export const v = pgView("v", { id: integer() }).as(sql`select id from t`);
