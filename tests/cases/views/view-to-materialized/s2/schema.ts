import { sql } from "drizzle-orm";
import { integer, pgMaterializedView, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", { id: integer() });
export const v = pgMaterializedView("v", { id: integer() }).as(sql`select id from t`);
