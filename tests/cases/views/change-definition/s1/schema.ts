import { sql } from "drizzle-orm";
import { integer, pgTable, pgView } from "drizzle-orm/pg-core";

export const t = pgTable("t", { id: integer(), n: integer() });
export const v = pgView("v", { id: integer() }).as(sql`select id from t where n > 0`);
