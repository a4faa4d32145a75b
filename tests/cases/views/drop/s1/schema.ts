import { sql } from "drizzle-orm";
import { integer, pgMaterializedView, pgTable, pgView } from "drizzle-orm/pg-core";

export const t = pgTable("t", { id: integer() });
export const v = pgView("v", { id: integer() }).as(sql`select id from t`);
export const mv = pgMaterializedView("mv").as((qb) => qb.select().from(t));
