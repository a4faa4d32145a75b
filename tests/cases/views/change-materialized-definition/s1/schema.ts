import { sql } from "drizzle-orm";
import { integer, pgMaterializedView, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", { id: integer(), n: integer() });
export const mv = pgMaterializedView("mv", { id: integer() }).with({ fillfactor: 90 }).as(sql`select id from t`);
